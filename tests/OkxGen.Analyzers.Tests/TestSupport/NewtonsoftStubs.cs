namespace OkxGen.Analyzers.Tests.TestSupport;

/// <summary>
/// The Newtonsoft.Json members the rules look for, declared in test sources under their real names (the tests do not
/// reference Newtonsoft.Json). Analyzers match by full metadata name, so the stubs stand in for the library. The one
/// copy every test appends to its source.
/// </summary>
internal static class NewtonsoftStubs
{
    public const string Source = """

        namespace Newtonsoft.Json
        {
            public enum Formatting { None, Indented }

            public class JsonSerializerSettings
            {
                public Formatting Formatting { get; set; }
            }

            public static class JsonConvert
            {
                public static string SerializeObject(object? value) => "";
                public static string SerializeObject(object? value, Formatting formatting) => "";
                public static string SerializeObject(object? value, JsonSerializerSettings? settings) => "";
                public static string SerializeObject(object? value, Formatting formatting, JsonSerializerSettings? settings) => "";
                public static T? DeserializeObject<T>(string value) => default;
            }
        }

        namespace Newtonsoft.Json.Linq
        {
            public class JToken
            {
                public static JToken FromObject(object o) => new JObject();
                public static implicit operator JToken(string value) => new JToken();
                public override string ToString() => "";
                public string ToString(Newtonsoft.Json.Formatting formatting) => "";
            }

            public class JProperty : JToken
            {
                public JProperty(string name, object? content) { }
            }

            public class JObject : JToken
            {
                public JObject() { }
                public JObject(params object[] content) { }
                public JToken? this[string propertyName] { get => null; set { } }
                public void Add(string propertyName, JToken? value) { }
                public static new JObject FromObject(object o) => new JObject();
                public static JObject Parse(string json) => new JObject();
            }
        }
        """;
}
