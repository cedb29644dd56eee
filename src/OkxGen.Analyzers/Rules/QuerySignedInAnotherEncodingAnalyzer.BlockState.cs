using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.Analyzers.Internals;

namespace OkxGen.Analyzers.Rules;

public sealed partial class QuerySignedInAnotherEncodingAnalyzer
{
    /// <summary>What one operation block knows: its flow and the URIs it sends, found once.</summary>
    private sealed class BlockState
    {
        private List<IOperation>? _sentUris;

        public BlockState(SignatureFlow flow) => Flow = flow;

        public SignatureFlow Flow { get; }

        public ReportedNodes Reported { get; } = new();

        /// <summary>The URIs given to requests in the block.</summary>
        public List<IOperation> SentUris
        {
            get
            {
                if (Volatile.Read(ref _sentUris) is { } known)
                {
                    return known;
                }

                var found = new List<IOperation>();
                foreach (IOperation block in Flow.OperationBlocks)
                {
                    foreach (IOperation operation in block.Descendants())
                    {
                        if (UriEncoding.SentUri(operation) is { } uri)
                        {
                            found.Add(uri);
                        }
                    }
                }

                Interlocked.CompareExchange(ref _sentUris, found, null);
                return _sentUris!;
            }
        }

        /// <summary>Whether <paramref name="read"/> is part of the text of a URI sent in the block.</summary>
        public bool IsSent(IOperation read)
        {
            foreach (IOperation sentUri in SentUris)
            {
                if (Uses(sentUri, SymbolOf(read)!).Contains(read))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where the text of <paramref name="sent"/> holds <paramref name="symbol"/>: its reads (as they are) and the escaping
        /// calls over it, through concatenation, interpolation, <c>string.Concat</c>, <c>new Uri</c>, <c>uri.AbsoluteUri</c> and locals
        /// written once.
        /// </summary>
        public List<IOperation> Uses(IOperation sent, ISymbol symbol)
        {
            var uses = new List<IOperation>();
            Collect(sent, symbol, uses, 0);
            return uses;
        }

        private void Collect(IOperation operation, ISymbol symbol, List<IOperation> uses, int depth)
        {
            operation = FormattingFacts.WithoutConversions(operation);
            if (depth > MaxDepth || operation.ConstantValue.HasValue)
            {
                return;
            }

            if (SymbolEqualityComparer.Default.Equals(SymbolOf(operation), symbol))
            {
                uses.Add(operation);
                return;
            }

            switch (operation)
            {
                case ILocalReferenceOperation local when Flow.SingleValueOf(local.Local) is { } value:
                    Collect(value, symbol, uses, depth + 1);
                    break;
                case IPropertyReferenceOperation { Instance: { } instance } part when IsUriText(part):
                    Collect(instance, symbol, uses, depth + 1);
                    break;
                case IInvocationOperation escape when UriEncoding.IsEncoder(escape):
                    if (UriEncoding.Operand(escape) is { } operand && SymbolEqualityComparer.Default.Equals(SymbolOf(operand), symbol))
                    {
                        uses.Add(escape);
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                    Collect(concatenation.LeftOperand, symbol, uses, depth + 1);
                    Collect(concatenation.RightOperand, symbol, uses, depth + 1);
                    break;
                case IInterpolatedStringOperation interpolated:
                    foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole)
                        {
                            Collect(hole.Expression, symbol, uses, depth + 1);
                        }
                        else if (part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } append })
                        {
                            Collect(append.Arguments[0].Value, symbol, uses, depth + 1);
                        }
                    }

                    break;
                case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Concat" or "Format" or "Join", ContainingType.SpecialType: SpecialType.System_String } } text:
                    foreach (IArgumentOperation argument in text.Arguments)
                    {
                        Collect(argument.Value, symbol, uses, depth + 1);
                    }

                    break;
                case IArrayCreationOperation { Initializer: { } elements }:
                    foreach (IOperation element in elements.ElementValues)
                    {
                        Collect(element, symbol, uses, depth + 1);
                    }

                    break;
                case IObjectCreationOperation creation when TypeFacts.Is(creation.Type, "Uri", "System"):
                    foreach (IArgumentOperation argument in creation.Arguments)
                    {
                        Collect(argument.Value, symbol, uses, depth + 1);
                    }

                    break;
            }
        }
    }
}
