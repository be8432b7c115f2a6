using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A node label whose value must be one of the given values (a required node affinity term, operator <c>In</c>);
    /// repeat it for more labels, all of which must match.
    /// </summary>
    /// <example><c>[NodeAffinity("kubernetes.io/arch", "amd64", "arm64")]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class NodeAffinityAttribute : Attribute
    {
        /// <summary>Requires the node label <paramref name="key"/> to have one of <paramref name="values"/>.</summary>
        /// <param name="key">A node label, such as <c>kubernetes.io/arch</c>.</param>
        /// <param name="values">The values allowed; at least one.</param>
        public NodeAffinityAttribute(string key, params string[] values)
        {
            Key = key;
            Values = values;
        }

        /// <summary>The node label.</summary>
        public string Key { get; }

        /// <summary>The values allowed.</summary>
        public string[] Values { get; }
    }
}
