using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>Adds an annotation to the workload and to its pod template.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class AnnotationAttribute : Attribute
    {
        /// <summary>Adds the annotation <paramref name="key"/>: <paramref name="value"/>.</summary>
        /// <param name="key">The annotation key, optionally with a DNS prefix: <c>acme.io/owner</c>.</param>
        /// <param name="value">Any text.</param>
        public AnnotationAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The annotation key.</summary>
        public string Key { get; }

        /// <summary>The annotation value.</summary>
        public string Value { get; }
    }
}
