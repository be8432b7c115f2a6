using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>Adds an annotation to the workload and to its pod template (or, with <see cref="WorkloadOnly"/>, to the workload only).</summary>
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

        /// <summary>
        /// Puts the annotation on the workload object only, not on its pods (injectors and scrapers read the pods, so they do not see it). Not on a Pod, which is its own pod.
        /// </summary>
        public bool WorkloadOnly { get; set; }
    }
}
