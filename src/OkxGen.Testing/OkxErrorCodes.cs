namespace OkxGen.Testing;

/// <summary>The OKX error codes the <see cref="OkxTestServer"/> answers with, as they appear in the <c>code</c> field.</summary>
public static class OkxErrorCodes
{
    /// <summary>Success.</summary>
    public const string Success = "0";

    /// <summary>Operation failed: every item of a trade request failed; each item's <c>sCode</c> and <c>sMsg</c> say why.</summary>
    public const string OperationFailed = "1";

    /// <summary>Bulk operation partially succeeded: some items of a batch failed; each item's <c>sCode</c> and <c>sMsg</c> say why.</summary>
    public const string BulkPartiallySucceeded = "2";

    /// <summary>Body for POST request cannot be empty (HTTP 400).</summary>
    public const string EmptyPostBody = "50000";

    /// <summary>JSON syntax error; also used for non-canonical bodies in strict mode (HTTP 400).</summary>
    public const string JsonSyntaxError = "50002";

    /// <summary>Parameter {0} can not be empty (HTTP 400).</summary>
    public const string ParameterEmpty = "50014";

    /// <summary>Rate limit reached (HTTP 429).</summary>
    public const string RateLimited = "50011";

    /// <summary>System busy (HTTP 503).</summary>
    public const string SystemBusy = "50013";

    /// <summary>The API key does not match the environment (live or demo).</summary>
    public const string EnvironmentMismatch = "50101";

    /// <summary>The timestamp is outside the server's window.</summary>
    public const string TimestampExpired = "50102";

    /// <summary>The <c>OK-ACCESS-KEY</c> header is missing or empty.</summary>
    public const string MissingApiKey = "50103";

    /// <summary>The <c>OK-ACCESS-PASSPHRASE</c> header is missing or empty.</summary>
    public const string MissingPassphrase = "50104";

    /// <summary>The passphrase is incorrect.</summary>
    public const string WrongPassphrase = "50105";

    /// <summary>The <c>OK-ACCESS-SIGN</c> header is missing or empty.</summary>
    public const string MissingSign = "50106";

    /// <summary>The <c>OK-ACCESS-TIMESTAMP</c> header is missing or empty.</summary>
    public const string MissingTimestamp = "50107";

    /// <summary>The API key is unknown.</summary>
    public const string InvalidApiKey = "50111";

    /// <summary>The timestamp is not <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public const string InvalidTimestamp = "50112";

    /// <summary>The signature does not match (<c>Invalid Sign</c>).</summary>
    public const string InvalidSign = "50113";

    /// <summary>Either client order ID or order ID is required (an item's <c>sCode</c> on cancel and amend; the code of order details).</summary>
    public const string OrderIdRequired = "51003";

    /// <summary>Client order ID already exists: a pending order of the key has it (an item's <c>sCode</c> on place).</summary>
    public const string DuplicateClientOrderId = "51016";

    /// <summary>Order cancellation failed as the order has been filled, canceled or does not exist (an item's <c>sCode</c>).</summary>
    public const string CancelFailed = "51400";

    /// <summary>Your order has already been filled or canceled: the amended order is not pending (an item's <c>sCode</c>).</summary>
    public const string AmendFailed = "51503";

    /// <summary>Order does not exist (the code of order details).</summary>
    public const string OrderDoesNotExist = "51603";

    /// <summary>
    /// Not an OKX code: the test server's answer (HTTP 404) for a path it has no response for, chosen so that it can never be
    /// mistaken for a real OKX error.
    /// </summary>
    public const string NotFound = "404";
}
