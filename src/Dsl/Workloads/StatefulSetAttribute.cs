using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// Declares an <c>apps/v1</c> StatefulSet: pods with stable names and storage. It selects its pods on
    /// <c>app.kubernetes.io/name: &lt;name&gt;</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class StatefulSetAttribute : WorkloadAttribute
    {
        /// <summary>Declares a stateful set.</summary>
        /// <param name="name">The stateful set's <c>metadata.name</c>: a lowercase RFC 1123 name.</param>
        public StatefulSetAttribute(string name) : base(name) { }

        /// <summary>The desired number of pods (<c>spec.replicas</c>). The API server's default is 1.</summary>
        public int Replicas { get; set; } = 1;

        /// <summary>The headless Service that gives the pods their DNS names (<c>spec.serviceName</c>). Default: the workload's name.</summary>
        public string? ServiceName { get; set; }
    }
}
