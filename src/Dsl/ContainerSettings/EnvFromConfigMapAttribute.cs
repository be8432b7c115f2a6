using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>An environment variable set from a key of a ConfigMap (<c>valueFrom.configMapKeyRef</c>).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class EnvFromConfigMapAttribute : Attribute
    {
        /// <summary>Sets <paramref name="name"/> from key <paramref name="key"/> of ConfigMap <paramref name="configMapName"/>.</summary>
        /// <param name="name">The variable's name.</param>
        /// <param name="configMapName">The ConfigMap, in the workload's namespace.</param>
        /// <param name="key">The key in the ConfigMap.</param>
        public EnvFromConfigMapAttribute(string name, string configMapName, string key)
        {
            Name = name;
            ConfigMapName = configMapName;
            Key = key;
        }

        /// <summary>The variable's name.</summary>
        public string Name { get; }

        /// <summary>The ConfigMap's name.</summary>
        public string ConfigMapName { get; }

        /// <summary>The key in the ConfigMap.</summary>
        public string Key { get; }

        /// <summary>Whether the container may start when the ConfigMap or key does not exist.</summary>
        public bool Optional { get; set; }
    }
}
