using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using OkxGen.Analyzers.Internals;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.SourceGeneration.Text;

namespace OkxGen.Analyzers.Rules;

public sealed partial class UnsortedKeysAreSignedAnalyzer
{
    /// <summary>One operation block's view: its flow, its locals and the diagnostics already reported in it.</summary>
    private sealed partial class BlockWalk
    {
        private static readonly Naming StjDefault = new(Newtonsoft: false, CamelCase: false, DictionaryKeysAsWritten: true);
        private static readonly Naming NewtonsoftDefault = new(Newtonsoft: true, CamelCase: false, DictionaryKeysAsWritten: true);

        private readonly SerializationSymbols _symbols;

        public BlockWalk(SignatureFlow flow, SerializationSymbols symbols)
        {
            Flow = flow;
            _symbols = symbols;
        }

        public SignatureFlow Flow { get; }

        public ReportedNodes Reported { get; } = new();

        /// <summary>The value a serialization writes and how it names keys; no value when the call is not one, or its settings are unknown.</summary>
        public (IOperation? Value, Naming? Naming) SerializedValue(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            INamedTypeSymbol type = method.ContainingType;
            if (method.IsStatic && method.Name is "Serialize" or "SerializeToUtf8Bytes" && SymbolEqualityComparer.Default.Equals(type, _symbols.JsonSerializer))
            {
                IOperation? value = null;
                Naming? naming = StjDefault;
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    switch (argument.Parameter?.Name)
                    {
                        case "value":
                            value = argument.Value;
                            break;
                        case "options":
                            naming = StjNaming(argument.Value, 0);
                            break;
                        case "inputType":
                            break;
                        default:
                            // A JsonTypeInfo, a JsonSerializerContext, a stream or writer: not the plain string form.
                            naming = null;
                            break;
                    }
                }

                return (value, naming);
            }

            if (method.IsStatic && method.Name == "SerializeObject" && SymbolEqualityComparer.Default.Equals(type, _symbols.JsonConvert))
            {
                IOperation? value = null;
                Naming? naming = NewtonsoftDefault;
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == "value")
                    {
                        value = argument.Value;
                    }
                    else if (!SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, _symbols.Formatting)
                        && argument.Value.ConstantValue is not { HasValue: true, Value: null })
                    {
                        // Settings may hold a contract resolver that renames or reorders: not judged.
                        naming = null;
                    }
                }

                return (value, naming);
            }

            // JObject.ToString(...), JsonNode.ToJsonString(...): the object writes itself, keys as inserted.
            if (!method.IsStatic && method.Name is "ToString" or "ToJsonString" && invocation.Instance is { Type: { } receiver } instance
                && _symbols.IsDocument(receiver))
            {
                return (instance, StjDefault);
            }

            return (null, null);
        }

        /// <summary>
        /// The first problem in the keys of <paramref name="value"/> or of an object nested in it; with
        /// <paramref name="sortedCopy"/>, the value is copied into a sorted dictionary and only its nested objects count.
        /// </summary>
        public Finding? Examine(IOperation value, Naming naming, int depth, bool sortedCopy = false)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            value = FormattingFacts.WithoutConversions(value);
            switch (value)
            {
                case IAnonymousObjectCreationOperation anonymous:
                    return ExamineAnonymous(anonymous, naming, depth, sortedCopy);

                case IObjectCreationOperation { Type: INamedTypeSymbol type } creation:
                    return Kind(type) != ContainerKind.None
                        ? ExamineContainer(creation, null, naming, depth, sortedCopy)
                        : sortedCopy ? null : ExamineClass(type, creation.Syntax, naming, exact: true);

                case ILocalReferenceOperation local:
                    if (Flow.SingleValueOf(local.Local) is { } initial)
                    {
                        initial = FormattingFacts.WithoutConversions(initial);
                        return initial is IObjectCreationOperation { Type: INamedTypeSymbol initialType } created && Kind(initialType) != ContainerKind.None
                            ? ExamineContainer(created, local.Local, naming, depth, sortedCopy)
                            : Examine(initial, naming, depth + 1, sortedCopy);
                    }

                    if (depth < MaxDepth && WrittenByHelper(local.Local) is { } helperValue)
                    {
                        // Helper(out var parameters): the dictionary made in the helper, reported where it is made.
                        return Examine(helperValue, naming, depth + 1, sortedCopy);
                    }

                    return sortedCopy ? null : ExamineReference(local.Type, value.Syntax, naming);

                case IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation:
                    return sortedCopy ? null : ExamineReference(value.Type, value.Syntax, naming);

                case IArrayCreationOperation { Initializer: { } elements }:
                    foreach (IOperation element in elements.ElementValues)
                    {
                        if (Examine(element, naming, depth + 1, sortedCopy) is { } inElement)
                        {
                            return inElement;
                        }
                    }

                    return null;

                case IInvocationOperation invocation:
                    return ExamineRoundTrip(invocation, depth, sortedCopy);

                default:
                    return null;
            }
        }

        // JObject.FromObject(x), JsonConvert.DeserializeObject<...>(JsonConvert.SerializeObject(x)): the keys of x, in x's order.
        private Finding? ExamineRoundTrip(IInvocationOperation invocation, int depth, bool sortedCopy)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (!method.IsStatic || invocation.Arguments.Length != 1)
            {
                return null;
            }

            IOperation argument = FormattingFacts.WithoutConversions(invocation.Arguments[0].Value);
            if (method.Name == "FromObject" && (SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.JObject)
                || SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.JToken)))
            {
                return Examine(argument, NewtonsoftDefault, depth + 1, sortedCopy);
            }

            if (method.Name == "DeserializeObject" && SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.JsonConvert)
                && argument is IInvocationOperation inner && SerializedValue(inner) is ({ } roundTripped, { } naming))
            {
                return Examine(roundTripped, naming, depth + 1, sortedCopy);
            }

            return null;
        }

        private Finding? ExamineAnonymous(IAnonymousObjectCreationOperation anonymous, Naming naming, int depth, bool sortedCopy)
        {
            var keys = new List<string>();
            foreach (IOperation initializer in anonymous.Initializers)
            {
                if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property })
                {
                    return null;
                }

                keys.Add(naming.CamelCase ? WireNames.ToCamelCase(property.Property.Name) : property.Property.Name);
            }

            if (!sortedCopy && FirstUnsortedPair(keys) is (string first, string second))
            {
                return new Finding(anonymous.Syntax, DiagnosticDescriptors.UnsortedKeysAreSigned, "This anonymous object", $"declaration order ('{first}' before '{second}')");
            }

            foreach (IOperation initializer in anonymous.Initializers)
            {
                if (Examine(((ISimpleAssignmentOperation)initializer).Value, naming, depth + 1) is { } nested)
                {
                    return nested;
                }
            }

            return null;
        }

        // The value a helper of the compilation assigns to the out/ref parameter that local is passed to; null when none or several.
        private IOperation? WrittenByHelper(ILocalSymbol local)
        {
            foreach (IOperation block in Flow.OperationBlocks)
            {
                foreach (IOperation operation in block.Descendants())
                {
                    if (operation is not IArgumentOperation { Parameter: { RefKind: RefKind.Out or RefKind.Ref } parameter, Parent: IInvocationOperation call } argument
                        || SignatureFlow.OutLocal(argument.Value) is not { } written
                        || !SymbolEqualityComparer.Default.Equals(written.Local, local)
                        || Flow.Index.BodyOf(call.TargetMethod, default) is not { } body)
                    {
                        continue;
                    }

                    IOperation? assigned = null;
                    foreach (IOperation inner in body.Descendants())
                    {
                        if (inner is ISimpleAssignmentOperation { Target: IParameterReferenceOperation target } assignment
                            && target.Parameter.Ordinal == parameter.Ordinal)
                        {
                            if (assigned is not null)
                            {
                                return null;
                            }

                            assigned = assignment.Value;
                        }
                    }

                    return assigned;
                }
            }

            return null;
        }

        // options.PropertyNamingPolicy = ... after the declaration.
        private bool IsMutated(ILocalSymbol local)
        {
            foreach (ILocalReferenceOperation read in Flow.ReadsOf(local))
            {
                if (read.Parent is IPropertyReferenceOperation { Parent: ISimpleAssignmentOperation assignment } property && assignment.Target == property)
                {
                    return true;
                }
            }

            return false;
        }

        private ContainerKind Kind(INamedTypeSymbol type)
        {
            INamedTypeSymbol definition = type.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(definition, _symbols.SortedDictionary) || SymbolEqualityComparer.Default.Equals(definition, _symbols.SortedList))
            {
                return type.TypeArguments[0].SpecialType == SpecialType.System_String ? ContainerKind.Sorted : ContainerKind.None;
            }

            if (SymbolEqualityComparer.Default.Equals(definition, _symbols.Dictionary))
            {
                return type.TypeArguments[0].SpecialType == SpecialType.System_String ? ContainerKind.InsertionOrdered : ContainerKind.None;
            }

            if (SymbolEqualityComparer.Default.Equals(definition, _symbols.Hashtable))
            {
                return ContainerKind.Hashtable;
            }

            return SymbolEqualityComparer.Default.Equals(definition, _symbols.ExpandoObject)
                || SymbolEqualityComparer.Default.Equals(definition, _symbols.JObject)
                || SymbolEqualityComparer.Default.Equals(definition, _symbols.JsonObject)
                ? ContainerKind.InsertionOrdered
                : ContainerKind.None;
        }
    }
}
