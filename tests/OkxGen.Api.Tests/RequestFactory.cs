using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace OkxGen.Api.Tests;

/// <summary>Builds a request of any declaration with its required members set to plausible values (tests only).</summary>
internal static class RequestFactory
{
    public static object Create(Type type)
    {
        object instance = Activator.CreateInstance(type)!;
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetCustomAttribute<RequiredMemberAttribute>() is not null && property.SetMethod is not null))
        {
            property.SetValue(instance, ValueFor(property.PropertyType));
        }

        return instance;
    }

    private static object ValueFor(Type type)
    {
        if (type == typeof(string))
        {
            return "BTC-USDT";
        }

        if (type == typeof(decimal))
        {
            return 1m;
        }

        if (type == typeof(int))
        {
            return 1;
        }

        if (type == typeof(long))
        {
            return 1L;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0)!;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            Type element = type.GetGenericArguments()[0];
            Array array = Array.CreateInstance(element, 1);
            array.SetValue(element.IsClass && element != typeof(string) ? Create(element) : ValueFor(element), 0);
            return array;
        }

        return Create(type);
    }
}
