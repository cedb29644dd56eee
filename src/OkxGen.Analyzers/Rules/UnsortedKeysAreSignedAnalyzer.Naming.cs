using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using OkxGen.Analyzers.Internals;
using Microsoft.CodeAnalysis.Operations;

namespace OkxGen.Analyzers.Rules;

public sealed partial class UnsortedKeysAreSignedAnalyzer
{
    private sealed partial class BlockWalk
    {
        // JsonSerializerOptions as far as the keys go: its naming policies; null when they cannot be read.
        private Naming? StjNaming(IOperation options, int depth)
        {
            options = FormattingFacts.WithoutConversions(options);
            if (options.ConstantValue is { HasValue: true, Value: null })
            {
                return StjDefault;
            }

            switch (options)
            {
                case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Default" or "Web" } property }
                    when SymbolEqualityComparer.Default.Equals(property.ContainingType, _symbols.JsonSerializerOptions):
                    return property.Name == "Web" ? StjDefault with { CamelCase = true } : StjDefault;

                case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.JsonSerializerOptions):
                    bool camelCase = false;
                    if (creation.Arguments.Length == 1)
                    {
                        // new JsonSerializerOptions(JsonSerializerDefaults.Web): camelCase; a copy of other options: unknown.
                        if (creation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: int defaults })
                        {
                            return null;
                        }

                        camelCase = defaults == 1;
                    }
                    else if (creation.Arguments.Length > 1)
                    {
                        return null;
                    }

                    bool dictionaryKeysAsWritten = true;
                    foreach (IOperation member in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
                    {
                        if (member is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
                        {
                            continue;
                        }

                        IOperation policy = FormattingFacts.WithoutConversions(assignment.Value);
                        bool isNull = policy.ConstantValue is { HasValue: true, Value: null };
                        switch (target.Property.Name)
                        {
                            case "PropertyNamingPolicy":
                                if (isNull)
                                {
                                    camelCase = false;
                                }
                                else if (policy is IPropertyReferenceOperation { Property.Name: "CamelCase", Property.ContainingType.Name: "JsonNamingPolicy" })
                                {
                                    camelCase = true;
                                }
                                else
                                {
                                    return null;
                                }

                                break;
                            case "DictionaryKeyPolicy":
                                dictionaryKeysAsWritten &= isNull;
                                break;
                            case "TypeInfoResolver" or "TypeInfoResolverChain" or "IncludeFields":
                                return null;
                        }
                    }

                    return new Naming(Newtonsoft: false, camelCase, dictionaryKeysAsWritten);

                case ILocalReferenceOperation local when depth == 0 && Flow.SingleValueOf(local.Local) is { } initial && !IsMutated(local.Local):
                    return StjNaming(initial, depth + 1);

                default:
                    return null;
            }
        }
    }
}
