namespace OkxGen.Analyzers.Tests.TestSupport;

/// <summary>
/// Newtonsoft.Json members the signature rules (OKX011 to OKX015) look for, under their real names, with the
/// <c>Formatting</c> overloads and settings that <see cref="NewtonsoftStubs"/> leaves out. Use one or the other.
/// </summary>
internal static class SigningStubs
{
    public const string Newtonsoft = """

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
            }
        }

        namespace Newtonsoft.Json.Linq
        {
            public class JToken
            {
                public override string ToString() => "";
                public string ToString(Newtonsoft.Json.Formatting formatting) => "";
            }

            public class JObject : JToken
            {
                public static JObject FromObject(object o) => new JObject();
                public static JObject Parse(string json) => new JObject();
            }
        }
        """;
}
