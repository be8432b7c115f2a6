using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>A node label the pod's node must have (an entry in <c>nodeSelector</c>); repeat it for more labels.</summary>
    /// <example><c>[NodeSelector("kubernetes.io/os", "linux")]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class NodeSelectorAttribute : Attribute
    {
        /// <summary>Requires the node label <paramref name="key"/> with the value <paramref name="value"/>.</summary>
        /// <param name="key">A label key, such as <c>kubernetes.io/os</c>.</param>
        /// <param name="value">The label's value.</param>
        public NodeSelectorAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The label key.</summary>
        public string Key { get; }

        /// <summary>The label's value.</summary>
        public string Value { get; }
    }
}
