namespace OkxGen.Doctor;

/// <summary>A known way for the text a client signs to differ from the text it sends (or for the key to differ).</summary>
public enum OkxSignatureCause
{
    /// <summary>The body was signed in another whitespace form than it was sent (a second serialization: spaces after <c>:</c> and <c>,</c>, indentation, or compact against spaced).</summary>
    BodyWhitespace,

    /// <summary>The body was signed with its keys in another order than it was sent (for example sorted for the signature, insertion order on the wire).</summary>
    BodyKeyOrder,

    /// <summary>The body was signed with other string escapes or another text encoding than it was sent (<c>\u00e9</c> against <c>é</c>, HTML-safe escaping, Latin-1).</summary>
    BodyEncoding,

    /// <summary>The body was left out of the signature, or an empty body was signed while <c>{}</c> was sent (or the reverse).</summary>
    BodyNotSigned,

    /// <summary>The query string was signed with another percent-encoding or parameter order than it was sent.</summary>
    QueryEncoding,

    /// <summary>The query string was sent but not signed: the signature covers the path only.</summary>
    QueryNotSigned,

    /// <summary>The timestamp was signed in another form than the <c>OK-ACCESS-TIMESTAMP</c> header carries (Unix seconds, no milliseconds, <c>ss.sss</c>, another calendar or culture).</summary>
    TimestampFormat,

    /// <summary>The method was signed in lower case.</summary>
    MethodCase,

    /// <summary>The path was signed without its <c>/api/v5</c> prefix.</summary>
    PathWithoutPrefix,

    /// <summary>The path was signed with the scheme and host in front of it.</summary>
    PathWithHost,

    /// <summary>The secret was used with a stray newline or space around it.</summary>
    SecretWhitespace,

    /// <summary>The passphrase was used as the secret.</summary>
    PassphraseAsSecret,
}
