using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>Adds a label to the workload and to its pod template (or, with <see cref="WorkloadOnly"/>, to the workload only).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class LabelAttribute : Attribute
    {
        /// <summary>Adds the label <paramref name="key"/>: <paramref name="value"/>.</summary>
        /// <param name="key">The label key, optionally with a DNS prefix: <c>team</c>, <c>acme.io/tier</c>.</param>
        /// <param name="value">The label value: at most 63 characters, alphanumeric with <c>-</c>, <c>_</c> and <c>.</c> inside.</param>
        public LabelAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The label key.</summary>
        public string Key { get; }

        /// <summary>The label value.</summary>
        public string Value { get; }

        /// <summary>
        /// Puts the label on the workload object only, not on its pods (Services, NetworkPolicies and disruption budgets select pods, so they do not see it). Not on a Pod, which is its own pod.
        /// </summary>
        public bool WorkloadOnly { get; set; }
    }
}
