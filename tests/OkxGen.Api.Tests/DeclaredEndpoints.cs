using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace OkxGen.Api.Tests;

/// <summary>Reads the declarations of OkxGen.Api by reflection (tests only: the package itself uses none).</summary>
internal static class DeclaredEndpoints
{
    public static Assembly Package { get; } = typeof(OkxGen.Api.Trade.PlaceOrderRequest).Assembly;

    public static IReadOnlyList<Type> Types() =>
        Package.GetTypes().Where(type => type.GetCustomAttribute<OkxEndpointAttribute>() is not null).OrderBy(type => type.FullName, StringComparer.Ordinal).ToList();

    public static EndpointRow Describe(Type type)
    {
        OkxEndpointAttribute endpoint = type.GetCustomAttribute<OkxEndpointAttribute>()!;
        return new EndpointRow(
            endpoint.Method,
            endpoint.Path,
            endpoint.Signed,
            endpoint.RateLimit,
            endpoint.RateLimitWindowSeconds,
            endpoint.RateLimitRule,
            endpoint.AcceptsExpTime,
            Parameters(type),
            type.FullName!);
    }

    /// <summary>Wire names and required flags of a request's members; for a batch, those of the body's items.</summary>
    public static IReadOnlyDictionary<string, bool> Parameters(Type type)
    {
        PropertyInfo[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.DeclaringType == type && property.GetMethod is not null && !property.GetMethod.IsStatic && property.Name != "EqualityContract")
            .ToArray();
        if (properties.SingleOrDefault(property => property.GetCustomAttribute<OkxBodyAttribute>() is not null) is { } body)
        {
            return Parameters(body.PropertyType.GetGenericArguments().Single());
        }

        // The generator's wire name is System.Text.Json's camelCase of the member name (its own tests hold it to that).
        return properties.ToDictionary(
            property => JsonNamingPolicy.CamelCase.ConvertName(property.Name),
            property => property.GetCustomAttribute<RequiredMemberAttribute>() is not null,
            StringComparer.Ordinal);
    }

    /// <summary>Everything that differs between the table's row and the declaration.</summary>
    public static IEnumerable<string> Differences(EndpointRow documented, EndpointRow declared)
    {
        string at = $"{declared.Source} ({declared.Key})";
        if (documented.Method != declared.Method || documented.Path != declared.Path)
        {
            yield return $"{at}: declared {declared.Key}, table {documented.Key}";
        }

        if (documented.Signed != declared.Signed)
        {
            yield return $"{at}: Signed {declared.Signed}, table {(documented.Signed ? "signed" : "public")}";
        }

        if (documented.AcceptsExpTime != declared.AcceptsExpTime)
        {
            yield return $"{at}: AcceptsExpTime {declared.AcceptsExpTime}, table {documented.AcceptsExpTime}";
        }

        if ((documented.RateLimit, documented.WindowSeconds, documented.Rule) != (declared.RateLimit, declared.WindowSeconds, declared.Rule))
        {
            yield return $"{at}: rate limit {declared.RateLimit}/{declared.WindowSeconds}s by {declared.Rule}, table {documented.RateLimit}/{documented.WindowSeconds}s by {documented.Rule}";
        }

        foreach (string missing in documented.Parameters.Keys.Except(declared.Parameters.Keys, StringComparer.Ordinal))
        {
            yield return $"{at}: documented parameter '{missing}' is not declared";
        }

        foreach (string extra in declared.Parameters.Keys.Except(documented.Parameters.Keys, StringComparer.Ordinal))
        {
            yield return $"{at}: member '{extra}' is not a documented parameter";
        }

        foreach ((string name, bool required) in documented.Parameters)
        {
            if (declared.Parameters.TryGetValue(name, out bool declaredRequired) && declaredRequired != required)
            {
                yield return $"{at}: '{name}' is {(declaredRequired ? "" : "not ")}a required member; the table says {(required ? "required" : "optional or conditional")}";
            }
        }
    }
}
