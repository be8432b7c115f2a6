using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>An environment variable set from a key of a Secret (<c>valueFrom.secretKeyRef</c>).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class EnvFromSecretAttribute : Attribute
    {
        /// <summary>Sets <paramref name="name"/> from key <paramref name="key"/> of Secret <paramref name="secretName"/>.</summary>
        /// <param name="name">The variable's name.</param>
        /// <param name="secretName">The Secret, in the workload's namespace.</param>
        /// <param name="key">The key in the Secret.</param>
        public EnvFromSecretAttribute(string name, string secretName, string key)
        {
            Name = name;
            SecretName = secretName;
            Key = key;
        }

        /// <summary>The variable's name.</summary>
        public string Name { get; }

        /// <summary>The Secret's name.</summary>
        public string SecretName { get; }

        /// <summary>The key in the Secret.</summary>
        public string Key { get; }

        /// <summary>Whether the container may start when the Secret or key does not exist.</summary>
        public bool Optional { get; set; }
    }
}
