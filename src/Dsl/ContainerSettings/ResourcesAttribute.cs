using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>The container's resource requests and limits, as Kubernetes quantities (<c>250m</c>, <c>1</c>, <c>128Mi</c>, <c>1Gi</c>).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ResourcesAttribute : Attribute
    {
        /// <summary>CPU the scheduler reserves, such as <c>250m</c>.</summary>
        public string? CpuRequest { get; set; }

        /// <summary>CPU the container may use at most, such as <c>1</c>.</summary>
        public string? CpuLimit { get; set; }

        /// <summary>Memory the scheduler reserves, such as <c>128Mi</c>.</summary>
        public string? MemoryRequest { get; set; }

        /// <summary>Memory the container may use before it is OOM-killed, such as <c>256Mi</c>.</summary>
        public string? MemoryLimit { get; set; }

        /// <summary>Local ephemeral storage the scheduler reserves.</summary>
        public string? EphemeralStorageRequest { get; set; }

        /// <summary>Local ephemeral storage the container may use at most.</summary>
        public string? EphemeralStorageLimit { get; set; }
    }
}
