using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxGen.Analyzers.Internals;

/// <summary>
/// The calls that change how a URI's text is escaped, and where a request's URI is given: what OKX042 compares between
/// the text that is signed and the URI that is sent.
/// </summary>
internal static class UriEncoding
{
    /// <summary>
    /// Whether <paramref name="invocation"/> unescapes a URI's text: <c>Uri.UnescapeDataString</c>,
    /// <c>WebUtility.UrlDecode</c>, <c>HttpUtility.UrlDecode</c>, or <c>Uri.ToString()</c> (which unescapes too).
    /// </summary>
    public static bool IsDecoder(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        return method.Name switch
        {
            "UnescapeDataString" => TypeFacts.Is(method.ContainingType, "Uri", "System"),
            "UrlDecode" => IsWebUtility(method.ContainingType),
            "ToString" => !method.IsStatic && method.Parameters.Length == 0 && TypeFacts.Is(invocation.Instance?.Type, "Uri", "System"),
            _ => false,
        };
    }

    /// <summary>
    /// Whether <paramref name="invocation"/> escapes text for a URI: <c>Uri.EscapeDataString</c>, <c>Uri.EscapeUriString</c>,
    /// <c>WebUtility.UrlEncode</c>, <c>HttpUtility.UrlEncode</c> or <c>UrlPathEncode</c>. They differ from each other
    /// (a space is <c>%20</c> for one and <c>+</c> for another, <c>,</c> is kept by one and escaped by another).
    /// </summary>
    public static bool IsEncoder(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        return method.Name switch
        {
            "EscapeDataString" or "EscapeUriString" => TypeFacts.Is(method.ContainingType, "Uri", "System"),
            "UrlEncode" or "UrlPathEncode" => IsWebUtility(method.ContainingType),
            _ => false,
        };
    }

    /// <summary>The text a decoder or encoder works on: its first argument, or the receiver of <c>Uri.ToString()</c>.</summary>
    public static IOperation? Operand(IInvocationOperation invocation) =>
        invocation.TargetMethod.IsStatic
            ? invocation.Arguments.Length > 0 ? FormattingFacts.WithoutConversions(invocation.Arguments[0].Value) : null
            : invocation.Instance;

    /// <summary>
    /// The URI given to a request by <paramref name="operation"/>: the <c>requestUri</c> argument of <c>HttpClient</c>'s
    /// methods, of <c>new HttpRequestMessage(...)</c> and of the <c>System.Net.Http</c> extensions, or the value of
    /// <c>RequestUri = ...</c>; <see langword="null"/> for anything else.
    /// </summary>
    public static IOperation? SentUri(IOperation operation)
    {
        switch (operation)
        {
            case IArgumentOperation { Parameter.Name: "requestUri", Parent: { } call } argument
                when (call as IInvocationOperation)?.TargetMethod.ContainingNamespace?.ToDisplayString() == "System.Net.Http"
                    || (call as IObjectCreationOperation)?.Type?.ContainingNamespace?.ToDisplayString() == "System.Net.Http":
                return FormattingFacts.WithoutConversions(argument.Value);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "RequestUri" } target } assignment
                when TypeFacts.Is(target.Property.ContainingType, "HttpRequestMessage", "System.Net.Http"):
                return FormattingFacts.WithoutConversions(assignment.Value);
            default:
                return null;
        }
    }

    /// <summary>Whether <paramref name="operation"/> reads the URI an <c>HttpRequestMessage</c> sends: <c>request.RequestUri</c>.</summary>
    public static bool IsRequestUri(IOperation operation) =>
        operation is IPropertyReferenceOperation { Property: { Name: "RequestUri" } property }
        && TypeFacts.Is(property.ContainingType, "HttpRequestMessage", "System.Net.Http");

    private static bool IsWebUtility(INamedTypeSymbol? type) =>
        TypeFacts.Is(type, "WebUtility", "System.Net") || TypeFacts.Is(type, "HttpUtility", "System.Web");
}
