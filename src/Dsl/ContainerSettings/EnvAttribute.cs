using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>An environment variable with a literal value. For secrets use <see cref="EnvFromSecretAttribute"/>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class EnvAttribute : Attribute
    {
        /// <summary>Sets <paramref name="name"/> to <paramref name="value"/>.</summary>
        /// <param name="name">The variable's name, such as <c>ASPNETCORE_URLS</c>.</param>
        /// <param name="value">The value, kept exactly (it is quoted in YAML as needed).</param>
        public EnvAttribute(string name, string value)
        {
            Name = name;
            Value = value;
        }

        /// <summary>The variable's name.</summary>
        public string Name { get; }

        /// <summary>The value.</summary>
        public string Value { get; }
    }
}
