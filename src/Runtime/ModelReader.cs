using System;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using k8s;

namespace Consort.Kubernetes
{
    /// <summary>Deserializes JSON into a KubernetesClient model type known only at run time, with KubernetesClient's own JSON settings.</summary>
    internal static class ModelReader
    {
        private static readonly ConcurrentDictionary<Type, Func<JsonElement, IKubernetesObject>> Readers = new();

        private static readonly MethodInfo Deserialize = typeof(ModelReader).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

        /// <summary>A reader for <paramref name="type"/>, made once per type.</summary>
        public static Func<JsonElement, IKubernetesObject> For(Type type)
        {
            if (!typeof(IKubernetesObject).IsAssignableFrom(type))
            {
                throw new ArgumentException($"{type} is not a Kubernetes object type.", nameof(type));
            }

            return Readers.GetOrAdd(type, static t => Deserialize.MakeGenericMethod(t).CreateDelegate<Func<JsonElement, IKubernetesObject>>());
        }

        private static IKubernetesObject Read<T>(JsonElement json)
            where T : IKubernetesObject
            => KubernetesJson.Deserialize<T>(json);
    }
}
