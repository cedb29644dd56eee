using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace OkxGen.Doctor.Tests.TestSupport;

/// <summary>One captured request of <c>Cases/doctor-cases.json</c>, made and signed by Python (make_cases.py) with a known mistake.</summary>
public sealed record DoctorCase(
    string Name,
    string Method,
    string Target,
    string Body,
    string Timestamp,
    string Signature,
    string Outcome,
    string[] Causes,
    int? Offset,
    string? Part,
    int? OffsetInPart);

/// <summary>Loads the Python-made cases copied next to the test assembly.</summary>
public static class DoctorCases
{
    private static readonly Lazy<(string Secret, string Passphrase, Dictionary<string, DoctorCase> Cases)> CaseFile = new(Load);

    public static string Secret => CaseFile.Value.Secret;

    public static string Passphrase => CaseFile.Value.Passphrase;

    public static TheoryData<string> Names => new(CaseFile.Value.Cases.Keys);

    public static DoctorCase Get(string name) => CaseFile.Value.Cases[name];

    private static (string, string, Dictionary<string, DoctorCase>) Load()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Cases", "doctor-cases.json")));
        JsonElement root = document.RootElement;
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        Dictionary<string, DoctorCase> cases = root.GetProperty("cases").EnumerateArray()
            .Select(element => element.Deserialize<DoctorCase>(options)!)
            .ToDictionary(c => c.Name, StringComparer.Ordinal);
        return (root.GetProperty("secret").GetString()!, root.GetProperty("passphrase").GetString()!, cases);
    }
}
