using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace OkxGen.Tool.Endpoints;

/// <summary>Reads <c>[OkxEndpoint]</c> declarations from an assembly's metadata, without loading it (no reflection, AOT-safe).</summary>
internal static class EndpointMetadataReader
{
    private const string AttributeNamespace = "OkxGen";
    private const string AttributeName = "OkxEndpointAttribute";

    public static IReadOnlyList<DeclaredEndpoint> Read(string assemblyPath)
    {
        using FileStream stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException("The file has no .NET metadata.");
        }

        MetadataReader reader = pe.GetMetadataReader();
        var endpoints = new List<DeclaredEndpoint>();
        foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            foreach (CustomAttributeHandle attributeHandle in type.GetCustomAttributes())
            {
                CustomAttribute attribute = reader.GetCustomAttribute(attributeHandle);
                if (IsEndpointAttribute(reader, attribute))
                {
                    endpoints.Add(Decode(reader, type, attribute));
                }
            }
        }

        endpoints.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path) is var order and not 0 ? order : string.CompareOrdinal(a.Method, b.Method));
        return endpoints;
    }

    private static DeclaredEndpoint Decode(MetadataReader reader, TypeDefinition type, CustomAttribute attribute)
    {
        CustomAttributeValue<string> value = attribute.DecodeValue(new AttributeTypeProvider());
        bool signed = true;
        int rateLimit = 0;
        int window = 2;
        foreach (CustomAttributeNamedArgument<string> named in value.NamedArguments)
        {
            switch (named.Name)
            {
                case "Signed" when named.Value is bool isSigned:
                    signed = isSigned;
                    break;
                case "RateLimit" when named.Value is int limit:
                    rateLimit = limit;
                    break;
                case "RateLimitWindowSeconds" when named.Value is int seconds:
                    window = seconds;
                    break;
            }
        }

        return new DeclaredEndpoint(
            value.FixedArguments[0].Value as string ?? "?",
            value.FixedArguments[1].Value as string ?? "?",
            FullName(reader, type),
            signed,
            rateLimit,
            window);
    }

    private static bool IsEndpointAttribute(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle parent = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };

        return parent.Kind switch
        {
            HandleKind.TypeReference => Is(reader, reader.GetTypeReference((TypeReferenceHandle)parent).Namespace, reader.GetTypeReference((TypeReferenceHandle)parent).Name),
            HandleKind.TypeDefinition => Is(reader, reader.GetTypeDefinition((TypeDefinitionHandle)parent).Namespace, reader.GetTypeDefinition((TypeDefinitionHandle)parent).Name),
            _ => false,
        };
    }

    private static bool Is(MetadataReader reader, StringHandle ns, StringHandle name) =>
        reader.StringComparer.Equals(ns, AttributeNamespace) && reader.StringComparer.Equals(name, AttributeName);

    private static string FullName(MetadataReader reader, TypeDefinition type)
    {
        string name = reader.GetString(type.Name);
        TypeDefinitionHandle declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(reader, reader.GetTypeDefinition(declaring)) + "." + name;
        }

        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Names types by their serialized names; enums (the rate-limit rule) decode as their underlying int.</summary>
    private sealed class AttributeTypeProvider : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
