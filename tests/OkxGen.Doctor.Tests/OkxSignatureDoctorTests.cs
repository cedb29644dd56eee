using System;
using System.Linq;
using System.Text;
using System.Threading;
using OkxGen.Doctor.Tests.TestSupport;

namespace OkxGen.Doctor.Tests;

public sealed class OkxSignatureDoctorTests
{
    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Diagnose_PythonMadeMistake_NamesTheCauseAndTheFirstDifferingByte(string name)
    {
        DoctorCase expected = DoctorCases.Get(name);

        OkxSignatureDiagnosis diagnosis = OkxSignatureDoctor.Diagnose(Captured(expected), DoctorCases.Secret, DoctorCases.Passphrase);

        Assert.Equal(expected.Outcome, diagnosis.Outcome.ToString());
        Assert.Equal(expected.Causes.Order(StringComparer.Ordinal), diagnosis.Causes.Select(c => c.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Offset, diagnosis.Difference?.Offset);
        Assert.Equal(expected.Part, diagnosis.Difference?.Part.ToString());
        Assert.Equal(expected.OffsetInPart, diagnosis.Difference?.OffsetInPart);
    }

    public static TheoryData<string> CaseNames => DoctorCases.Names;

    [Fact]
    public void Diagnose_BodySignedWithPythonSeparators_ShowsTheSignedTextAndTheBytes()
    {
        DoctorCase spaced = DoctorCases.Get("body_python_separators");

        OkxSignatureDiagnosis diagnosis = OkxSignatureDoctor.Diagnose(Captured(spaced), DoctorCases.Secret);

        Assert.Contains("\"attachAlgoOrds\": [", diagnosis.SignedText, StringComparison.Ordinal);
        Assert.Equal(spaced.Timestamp + spaced.Method + spaced.Target + spaced.Body, diagnosis.SentText);
        Assert.Equal((int)' ', diagnosis.Difference!.SignedByte);
        Assert.Equal((int)'[', diagnosis.Difference.SentByte);
        Assert.Contains("space after ':' and ','", diagnosis.ToString(), StringComparison.Ordinal);
        Assert.Contains("byte 18 of the body", diagnosis.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_UnknownCause_ShowsTheTextOkxHashes()
    {
        DoctorCase unknown = DoctorCases.Get("another_secret");

        OkxSignatureDiagnosis diagnosis = OkxSignatureDoctor.Diagnose(Captured(unknown), DoctorCases.Secret, DoctorCases.Passphrase);

        Assert.Equal(OkxSignatureOutcome.Unknown, diagnosis.Outcome);
        Assert.Null(diagnosis.SignedText);
        Assert.Contains("OKX hashes: " + unknown.Timestamp + "POST/api/v5/trade/order{", diagnosis.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Diagnose_AnyCase_NeverShowsTheSecretOrThePassphrase(string name)
    {
        OkxSignatureDiagnosis diagnosis = OkxSignatureDoctor.Diagnose(Captured(DoctorCases.Get(name)), DoctorCases.Secret, DoctorCases.Passphrase);

        string everything = string.Join('\n', diagnosis.ToString(), diagnosis.Explanation, diagnosis.SentText, diagnosis.SignedText ?? string.Empty);
        Assert.DoesNotContain(DoctorCases.Secret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(DoctorCases.Passphrase, everything, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_BodyOverTheLimit_ThrowsNamingTheLimit()
    {
        var captured = new OkxCapturedRequest("POST", "/api/v5/trade/order", new byte[OkxSignatureDoctor.MaxBodyLength + 1], "2020-12-08T09:08:57.715Z", new string('A', 43) + "=");

        ArgumentException error = Assert.Throws<ArgumentException>(() => OkxSignatureDoctor.Diagnose(captured, DoctorCases.Secret));

        Assert.Contains(OkxSignatureDoctor.MaxBodyLength.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("c2hvcnQ=")]
    public void Diagnose_SignatureNotAnHmac_ThrowsAClearError(string signature)
    {
        var captured = new OkxCapturedRequest("GET", "/api/v5/account/balance", ReadOnlyMemory<byte>.Empty, "2020-12-08T09:08:57.715Z", signature);

        ArgumentException error = Assert.Throws<ArgumentException>(() => OkxSignatureDoctor.Diagnose(captured, DoctorCases.Secret));

        Assert.Contains("OK-ACCESS-SIGN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_InvalidUtf8Body_ReturnsADiagnosisInsteadOfThrowing()
    {
        byte[] body = [(byte)'{', 0xC3, 0x28, 0xFF, (byte)'}'];
        var captured = new OkxCapturedRequest("POST", "/api/v5/trade/order", body, "2020-12-08T09:08:57.715Z", Convert.ToBase64String(new byte[32]));

        OkxSignatureDiagnosis diagnosis = OkxSignatureDoctor.Diagnose(captured, DoctorCases.Secret);

        Assert.Equal(OkxSignatureOutcome.Unknown, diagnosis.Outcome);
    }

    [Fact]
    public void Diagnose_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => OkxSignatureDoctor.Diagnose(Captured(DoctorCases.Get("another_secret")), DoctorCases.Secret, cancellationToken: cancelled.Token));
    }

    private static OkxCapturedRequest Captured(DoctorCase c) =>
        new(c.Method, c.Target, Encoding.UTF8.GetBytes(c.Body), c.Timestamp, c.Signature);
}
