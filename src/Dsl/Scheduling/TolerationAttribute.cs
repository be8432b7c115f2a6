using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A taint the pod tolerates (an entry in <c>tolerations</c>). With <see cref="Value"/> the taint must have that
    /// value (operator <c>Equal</c>), without it any value (operator <c>Exists</c>); without a key, every taint.
    /// </summary>
    /// <example><c>[Toleration("dedicated", Value = "gpu", Effect = TaintEffect.NoSchedule)]</c>, or <c>[Toleration]</c> for a node agent that runs everywhere.</example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class TolerationAttribute : Attribute
    {
        /// <summary>Tolerates every taint.</summary>
        public TolerationAttribute()
        {
        }

        /// <summary>Tolerates the taints with the key <paramref name="key"/>.</summary>
        /// <param name="key">The taint's key, such as <c>node-role.kubernetes.io/control-plane</c>.</param>
        public TolerationAttribute(string key) => Key = key;

        /// <summary>The taint's key; null for every taint.</summary>
        public string? Key { get; }

        /// <summary>The taint's value; when set, the operator is <c>Equal</c>.</summary>
        public string? Value { get; set; }

        /// <summary>The effect tolerated; when not set, every effect.</summary>
        public TaintEffect Effect { get; set; }

        /// <summary>How long the pod stays on a node after a <see cref="TaintEffect.NoExecute"/> taint appears; only with that effect.</summary>
        public long TolerationSeconds { get; set; }
    }
}
