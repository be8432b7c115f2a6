using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// Declares an <c>apps/v1</c> DaemonSet: one pod on every node. It selects its pods on
    /// <c>app.kubernetes.io/name: &lt;name&gt;</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class DaemonSetAttribute : WorkloadAttribute
    {
        /// <summary>Declares a daemon set.</summary>
        /// <param name="name">The daemon set's <c>metadata.name</c>: a lowercase RFC 1123 name.</param>
        public DaemonSetAttribute(string name) : base(name) { }
    }
}
