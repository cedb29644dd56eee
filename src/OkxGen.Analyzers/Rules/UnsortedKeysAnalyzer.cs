using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OkxGen.Analyzers.Flow;
using OkxGen.SourceGeneration.Text;

namespace OkxGen.Analyzers.Rules;

/// <summary>
/// OKX012: a serialization whose result reaches a signature and whose keys are not in ordinal order: a reflection-serialized
/// anonymous object or class whose members (named as the serializer names them) are out of order, a <c>Dictionary</c>,
/// <c>ExpandoObject</c>, <c>JObject</c> or <c>JsonObject</c> filled in an unsorted order, a <c>Hashtable</c>, or a
/// <c>SortedDictionary</c> / <c>SortedList</c> whose comparer is not <c>StringComparer.Ordinal</c>.
/// </summary>
/// <remarks>
/// Conservative: serializer settings it cannot read, a key that is not a constant, a dictionary handed to user code,
/// attributes that reorder members and types declared in several parts or with a base class all make it stay silent.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsortedKeysAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 6;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnsortedKeysAreSigned, DiagnosticDescriptors.CultureSortedKeysAreSigned);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (SignatureSinks.Create(start.Compilation) is not { } sinks || Symbols.Create(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                var walk = new BlockWalk(new SignatureFlow(sinks, block.OperationBlocks), symbols);
                block.RegisterOperationAction(context => AnalyzeInvocation(context, walk), OperationKind.Invocation);
            });
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, BlockWalk walk)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (walk.SerializedValue(invocation) is not ({ } value, { } naming)
            || !walk.Flow.Reaches(invocation, SignatureSinkKind.AnySignature, context.CancellationToken)
            || walk.Examine(value, naming, 0) is not { } finding
            || !walk.Reported.TryAdd(finding.Node, true))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(finding.Descriptor, finding.Node.GetLocation(), finding.What, finding.Order));
    }

    /// <summary>What is wrong and where: the container's creation (or the serialized value), and the two message arguments.</summary>
    private sealed record Finding(SyntaxNode Node, DiagnosticDescriptor Descriptor, string What, string Order);

    /// <summary>How the serializer names keys. <see langword="null"/> where it is not known.</summary>
    private sealed record Naming(bool Newtonsoft, bool CamelCase, bool DictionaryKeysAsWritten);

    private enum ContainerKind
    {
        None,
        InsertionOrdered,
        Hashtable,
        Sorted,
    }

    /// <summary>One operation block's view: its flow, its locals and the diagnostics already reported in it.</summary>
    private sealed class BlockWalk
    {
        private static readonly Naming StjDefault = new(Newtonsoft: false, CamelCase: false, DictionaryKeysAsWritten: true);
        private static readonly Naming NewtonsoftDefault = new(Newtonsoft: true, CamelCase: false, DictionaryKeysAsWritten: true);

        private readonly Symbols _symbols;
        private Dictionary<ILocalSymbol, IOperation?>? _singleValues;

        public BlockWalk(SignatureFlow flow, Symbols symbols)
        {
            Flow = flow;
            _symbols = symbols;
        }

        public SignatureFlow Flow { get; }

        public ConcurrentDictionary<SyntaxNode, bool> Reported { get; } = new();

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
                && (DerivesFrom(receiver, _symbols.JToken) || DerivesFrom(receiver, _symbols.JsonNode)))
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
                    if (SingleValue(local.Local) is { } initial)
                    {
                        initial = FormattingFacts.WithoutConversions(initial);
                        return initial is IObjectCreationOperation { Type: INamedTypeSymbol initialType } created && Kind(initialType) != ContainerKind.None
                            ? ExamineContainer(created, local.Local, naming, depth, sortedCopy)
                            : Examine(initial, naming, depth + 1, sortedCopy);
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

        // A value known only by its static type: its runtime type is that type only when nothing can derive from it,
        // or when System.Text.Json serializes by the declared type.
        private static Finding? ExamineReference(ITypeSymbol? type, SyntaxNode node, Naming naming) =>
            type is INamedTypeSymbol named && (named.IsSealed || named.IsValueType || !naming.Newtonsoft)
                ? ExamineClass(named, node, naming, exact: false)
                : null;

        private static Finding? ExamineClass(INamedTypeSymbol type, SyntaxNode node, Naming naming, bool exact)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsAnonymousType || type.IsAbstract
                || type.SpecialType != SpecialType.None || type.DeclaringSyntaxReferences.Length != 1
                || type.BaseType is not { SpecialType: SpecialType.System_Object or SpecialType.System_ValueType }
                || (type.IsGenericType && !exact) || HasSerializationAttribute(type.GetAttributes(), exact: true)
                || Implements(type, "IEnumerable"))
            {
                return null;
            }

            var members = new List<(int Position, string Name)>();
            foreach (ISymbol member in type.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared)
                {
                    continue;
                }

                if (member is IFieldSymbol field)
                {
                    if (field.DeclaredAccessibility == Accessibility.Public && naming.Newtonsoft)
                    {
                        return null;
                    }

                    if (HasSerializationAttribute(field.GetAttributes(), exact: false))
                    {
                        return null;
                    }

                    continue;
                }

                if (member is not IPropertySymbol { IsIndexer: false } property)
                {
                    continue;
                }

                bool visible = property.DeclaredAccessibility == Accessibility.Public && property.GetMethod is { DeclaredAccessibility: Accessibility.Public };
                if (!visible)
                {
                    if (HasSerializationAttribute(property.GetAttributes(), exact: false))
                    {
                        return null;
                    }

                    continue;
                }

                if (WireName(property, naming, out bool ignored) is not { } name)
                {
                    return null;
                }

                if (!ignored && property.Locations.Length == 1)
                {
                    members.Add((property.Locations[0].SourceSpan.Start, name));
                }
            }

            members.Sort(static (a, b) => a.Position.CompareTo(b.Position));
            var keys = new List<string>(members.Count);
            foreach ((_, string name) in members)
            {
                keys.Add(name);
            }

            return FirstUnsortedPair(keys) is (string first, string second)
                ? new Finding(node, DiagnosticDescriptors.UnsortedKeysAreSigned, $"'{type.Name}'", $"declaration order ('{first}' before '{second}')")
                : null;
        }

        // The key the serializer writes for a property; null when an attribute makes it unknowable (an order, extension data).
        private static string? WireName(IPropertySymbol property, Naming naming, out bool ignored)
        {
            ignored = false;
            string? renamed = null;
            foreach (AttributeData attribute in property.GetAttributes())
            {
                string? ns = attribute.AttributeClass?.ContainingNamespace?.ToDisplayString();
                string name = attribute.AttributeClass?.Name ?? "";
                if (ns == "System.Text.Json.Serialization")
                {
                    if (naming.Newtonsoft)
                    {
                        continue;
                    }

                    switch (name)
                    {
                        case "JsonPropertyNameAttribute" when attribute.ConstructorArguments is [{ Value: string wire }]:
                            renamed = wire;
                            break;
                        case "JsonIgnoreAttribute" when attribute.NamedArguments.Length == 0:
                            ignored = true;
                            break;
                        case "JsonConverterAttribute" or "JsonNumberHandlingAttribute" or "JsonRequiredAttribute" or "JsonIncludeAttribute":
                            break;
                        default:
                            return null;
                    }
                }
                else if (ns == "Newtonsoft.Json")
                {
                    if (!naming.Newtonsoft)
                    {
                        continue;
                    }

                    switch (name)
                    {
                        case "JsonPropertyAttribute" when attribute.NamedArguments.Length == 0:
                            if (attribute.ConstructorArguments is [{ Value: string wire }])
                            {
                                renamed = wire;
                            }
                            else if (attribute.ConstructorArguments.Length != 0)
                            {
                                return null;
                            }

                            break;
                        case "JsonIgnoreAttribute":
                            ignored = true;
                            break;
                        case "JsonConverterAttribute" or "JsonRequiredAttribute":
                            break;
                        default:
                            return null;
                    }
                }
                else if (name is "DataMemberAttribute" or "IgnoreDataMemberAttribute")
                {
                    return null;
                }
            }

            return renamed ?? (naming.CamelCase ? WireNames.ToCamelCase(property.Name) : property.Name);
        }

        private static bool HasSerializationAttribute(ImmutableArray<AttributeData> attributes, bool exact)
        {
            foreach (AttributeData attribute in attributes)
            {
                string? ns = attribute.AttributeClass?.ContainingNamespace?.ToDisplayString();
                if (ns is "System.Text.Json.Serialization" or "Newtonsoft.Json" or "System.Runtime.Serialization"
                    || (exact && attribute.AttributeClass?.Name == "OkxEndpointAttribute"))
                {
                    return true;
                }
            }

            return false;
        }

        private Finding? ExamineContainer(IObjectCreationOperation creation, ILocalSymbol? local, Naming naming, int depth, bool sortedCopy)
        {
            var type = (INamedTypeSymbol)creation.Type!;
            ContainerKind kind = Kind(type);
            bool isDom = DerivesFrom(type, _symbols.JToken) || DerivesFrom(type, _symbols.JsonNode);
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
                            && DerivesFrom(property.Type, _symbols.JProperty))
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

                case ILocalReferenceOperation local when depth == 0 && SingleValue(local.Local) is { } initial && !IsMutated(local.Local):
                    return StjNaming(initial, depth + 1);

                default:
                    return null;
            }
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

        // The value of a local written exactly once, by its declaration; null for a local assigned again (or never).
        private IOperation? SingleValue(ILocalSymbol local)
        {
            Dictionary<ILocalSymbol, IOperation?> values = LazyInitializer.EnsureInitialized(ref _singleValues, IndexSingleValues)!;
            return values.TryGetValue(local, out IOperation? value) ? value : null;
        }

        private Dictionary<ILocalSymbol, IOperation?> IndexSingleValues()
        {
            var values = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);
            foreach (IOperation block in Flow.OperationBlocks)
            {
                foreach (IOperation operation in block.Descendants())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation declarator:
                            values[declarator.Symbol] = values.ContainsKey(declarator.Symbol) ? null : declarator.GetVariableInitializer()?.Value;
                            break;
                        case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target }:
                            values[target.Local] = null;
                            break;
                        case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target }:
                            values[target.Local] = null;
                            break;
                        case IArgumentOperation { Value: ILocalReferenceOperation target, Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                            values[target.Local] = null;
                            break;
                    }
                }
            }

            return values;
        }
    }

    // The first adjacent pair of keys out of ordinal order.
    private static (string, string)? FirstUnsortedPair(List<string> keys)
    {
        for (int i = 1; i < keys.Count; i++)
        {
            if (string.CompareOrdinal(keys[i - 1], keys[i]) > 0)
            {
                return (keys[i - 1], keys[i]);
            }
        }

        return null;
    }

    private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Implements(INamedTypeSymbol type, string interfaceName)
    {
        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (implemented.Name == interfaceName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The serializer and container types, resolved once; a compilation with no serializer is not analysed.</summary>
    private sealed class Symbols
    {
        private Symbols(Compilation compilation)
        {
            JsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
            JsonSerializerOptions = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializerOptions");
            JsonNode = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonNode");
            JsonObject = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonObject");
            JsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
            Formatting = compilation.GetTypeByMetadataName("Newtonsoft.Json.Formatting");
            JToken = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JToken");
            JObject = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JObject");
            JProperty = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JProperty");
            Dictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2");
            SortedDictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.SortedDictionary`2");
            SortedList = compilation.GetTypeByMetadataName("System.Collections.Generic.SortedList`2");
            Hashtable = compilation.GetTypeByMetadataName("System.Collections.Hashtable");
            ExpandoObject = compilation.GetTypeByMetadataName("System.Dynamic.ExpandoObject");
        }

        public INamedTypeSymbol? JsonSerializer { get; }

        public INamedTypeSymbol? JsonSerializerOptions { get; }

        public INamedTypeSymbol? JsonNode { get; }

        public INamedTypeSymbol? JsonObject { get; }

        public INamedTypeSymbol? JsonConvert { get; }

        public INamedTypeSymbol? Formatting { get; }

        public INamedTypeSymbol? JToken { get; }

        public INamedTypeSymbol? JObject { get; }

        public INamedTypeSymbol? JProperty { get; }

        public INamedTypeSymbol? Dictionary { get; }

        public INamedTypeSymbol? SortedDictionary { get; }

        public INamedTypeSymbol? SortedList { get; }

        public INamedTypeSymbol? Hashtable { get; }

        public INamedTypeSymbol? ExpandoObject { get; }

        public static Symbols? Create(Compilation compilation)
        {
            var symbols = new Symbols(compilation);
            return symbols.JsonSerializer is null && symbols.JsonConvert is null && symbols.JToken is null && symbols.JsonNode is null ? null : symbols;
        }
    }
}
