namespace OkxGen.Analyzers.Tests.TestSupport;

/// <summary>
/// The few Newtonsoft.Json members the rules look for, declared in test sources under their real names (the tests do
/// not reference Newtonsoft.Json). Analyzers match by full metadata name, so the stubs stand in for the library.
/// </summary>
internal static class NewtonsoftStubs
{
    public const string Source = """

        namespace Newtonsoft.Json
        {
            public enum Formatting { None, Indented }

            public class JsonSerializerSettings { }

            public static class JsonConvert
            {
                public static string SerializeObject(object? value) => "";
                public static string SerializeObject(object? value, Formatting formatting) => "";
                public static string SerializeObject(object? value, JsonSerializerSettings? settings) => "";
                public static T? DeserializeObject<T>(string value) => default;
            }
        }

        namespace Newtonsoft.Json.Linq
        {
            public class JToken
            {
                public static JToken FromObject(object o) => new JObject();
            }

            public class JObject : JToken
            {
                public static new JObject FromObject(object o) => new JObject();
            }
        }
        """;
}
