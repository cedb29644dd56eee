using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using OkxGen.Analyzers.Internals;
using Microsoft.CodeAnalysis.Operations;

namespace OkxGen.Analyzers.Rules;

public sealed partial class UnsortedKeysAreSignedAnalyzer
{
    private sealed partial class BlockWalk
    {
        private Finding? ExamineContainer(IObjectCreationOperation creation, ILocalSymbol? local, Naming naming, int depth, bool sortedCopy)
        {
            var type = (INamedTypeSymbol)creation.Type!;
            ContainerKind kind = Kind(type);
            bool isDom = _symbols.IsDocument(type);
            if (!isDom && !naming.DictionaryKeysAsWritten)
            {
                return null;
            }

            var entries = new List<(string? Key, IOperation? Value)>();
            string? comparer = null;
            bool ordinal = false;
            IOperation? sortedSource = null;
            foreach (IArgumentOperation argument in creation.Arguments)
            {
                IOperation argumentValue = FormattingFacts.WithoutConversions(argument.Value);
                if (argument.Parameter?.Type is INamedTypeSymbol { Name: "IComparer" or "IEqualityComparer" })
                {
                    if (argumentValue is IPropertyReferenceOperation { Property.ContainingType.Name: "StringComparer" } known)
                    {
                        ordinal = known.Property.Name == "Ordinal";
                        comparer = $"StringComparer.{known.Property.Name}";
                    }
                    else
                    {
                        // A comparer this rule cannot read: taken to be right.
                        ordinal = true;
                    }
                }
                else if (argument.Parameter?.Type.SpecialType == SpecialType.System_Int32)
                {
                    // A capacity.
                }
                else if (kind == ContainerKind.Sorted)
                {
                    // The source of a sorted copy: its order does not matter, only the objects nested in its values.
                    sortedSource = argumentValue;
                }
                else if (argument.ArgumentKind == ArgumentKind.ParamArray && argumentValue is IArrayCreationOperation { Initializer: { } items })
                {
                    // new JObject(new JProperty("a", 1), ...).
                    foreach (IOperation item in items.ElementValues)
                    {
                        if (FormattingFacts.WithoutConversions(item) is IObjectCreationOperation { Arguments.Length: 2 } property
                            && TypeFacts.DerivesFrom(property.Type, _symbols.JProperty))
                        {
                            entries.Add((property.Arguments[0].Value.ConstantValue.Value as string, property.Arguments[1].Value));
                        }
                        else
                        {
                            return null;
                        }
                    }
                }
                else
                {
                    return null;
                }
            }

            if (creation.Initializer is { } initializer && !AddInitializerEntries(initializer.Initializers, entries))
            {
                return null;
            }

            if (local is not null && !AddLaterEntries(local, entries))
            {
                return null;
            }

            string what = $"This {type.Name}";
            if (kind == ContainerKind.Sorted)
            {
                if (!ordinal)
                {
                    string by = comparer ?? "the current culture (the default string comparer)";
                    return new Finding(creation.Syntax, DiagnosticDescriptors.CultureSortedKeysAreSigned, $"'{type.Name}'", by);
                }

                if (sortedSource is not null && Examine(sortedSource, naming, depth + 1, sortedCopy: true) is { } inSource)
                {
                    return inSource;
                }
            }
            else if (!sortedCopy)
            {
                var keys = new List<string>(entries.Count);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach ((string? key, _) in entries)
                {
                    if (key is null)
                    {
                        return null;
                    }

                    if (seen.Add(key))
                    {
                        keys.Add(key);
                    }
                }

                if (kind == ContainerKind.Hashtable && keys.Count > 1)
                {
                    return new Finding(creation.Syntax, DiagnosticDescriptors.UnsortedKeysAreSigned, what, "hash order, which changes from run to run");
                }

                if (FirstUnsortedPair(keys) is (string first, string second))
                {
                    return new Finding(creation.Syntax, DiagnosticDescriptors.UnsortedKeysAreSigned, what, $"insertion order ('{first}' before '{second}')");
                }
            }

            foreach ((_, IOperation? value) in entries)
            {
                if (value is not null && Examine(value, naming, depth + 1) is { } nested)
                {
                    return nested;
                }
            }

            return null;
        }

        // { ["a"] = 1 } and { { "a", 1 } }.
        private static bool AddInitializerEntries(ImmutableArray<IOperation> initializers, List<(string? Key, IOperation? Value)> entries)
        {
            foreach (IOperation member in initializers)
            {
                switch (member)
                {
                    case IInvocationOperation { Arguments.Length: 2 } add:
                        entries.Add((add.Arguments[0].Value.ConstantValue.Value as string, add.Arguments[1].Value));
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                        entries.Add((indexer.Arguments[0].Value.ConstantValue.Value as string, assignment.Value));
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }

        // dict.Add("a", 1), dict["a"] = 1, expando.a = 1 after the declaration, in source order; false when the local is
        // changed in a way this rule cannot follow (Remove, an alias, a call into user code).
        private bool AddLaterEntries(ILocalSymbol local, List<(string? Key, IOperation? Value)> entries)
        {
            foreach (ILocalReferenceOperation read in Flow.ReadsOf(local))
            {
                IOperation use = read;
                while (use.Parent is IConversionOperation conversion)
                {
                    use = conversion;
                }

                switch (use.Parent)
                {
                    case IInvocationOperation invocation when invocation.Instance == use:
                        if (invocation.TargetMethod.Name is "Add" or "TryAdd" && invocation.Arguments.Length == 2)
                        {
                            entries.Add((invocation.Arguments[0].Value.ConstantValue.Value as string, invocation.Arguments[1].Value));
                        }
                        else if (invocation.TargetMethod.Name is not ("ContainsKey" or "TryGetValue" or "ContainsValue" or "ToString" or "ToJsonString"
                            or "GetValue" or "Value" or "Property" or "GetEnumerator" or "WriteTo"))
                        {
                            return false;
                        }

                        break;

                    case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer when indexer.Instance == use:
                        if (indexer.Parent is ISimpleAssignmentOperation assignment && assignment.Target == indexer)
                        {
                            entries.Add((indexer.Arguments[0].Value.ConstantValue.Value as string, assignment.Value));
                        }

                        break;

                    case IDynamicMemberReferenceOperation member when member.Instance == use:
                        if (member.Parent is ISimpleAssignmentOperation dynamicAssignment && dynamicAssignment.Target == member)
                        {
                            entries.Add((member.MemberName, dynamicAssignment.Value));
                        }

                        break;

                    case IPropertyReferenceOperation { Property.Name: "Count" or "Keys" or "Values" or "Comparer" }:
                        break;

                    case IArgumentOperation { Parent: IInvocationOperation called }:
                        if (called.TargetMethod.Locations.Length > 0 && called.TargetMethod.Locations[0].IsInSource
                            && !IsLibraryNamespace(called.TargetMethod.ContainingNamespace?.ToDisplayString()))
                        {
                            return false;
                        }

                        break;

                    case IArgumentOperation or ISimpleAssignmentOperation { Target: not ILocalReferenceOperation } or IForEachLoopOperation:
                        break;

                    default:
                        return false;
                }
            }

            return true;
        }

        private static bool IsLibraryNamespace(string? ns) =>
            ns is not null && (ns.StartsWith("System", StringComparison.Ordinal) || ns.StartsWith("Newtonsoft", StringComparison.Ordinal));
    }
}
