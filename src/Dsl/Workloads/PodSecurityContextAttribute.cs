using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>The pod's <c>securityContext</c>: settings for every container of the pod. Properties left unset are not written.</summary>
    /// <example><c>[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, FsGroup = 1000, Seccomp = SeccompProfile.RuntimeDefault)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class PodSecurityContextAttribute : Attribute
    {
        /// <summary>Refuse to start a container whose user would be root.</summary>
        public bool RunAsNonRoot { get; set; }

        /// <summary>The UID the containers' processes run as.</summary>
        public long RunAsUser { get; set; }

        /// <summary>The GID the containers' processes run as.</summary>
        public long RunAsGroup { get; set; }

        /// <summary>The group that owns the pod's volumes and is added to every container's processes.</summary>
        public long FsGroup { get; set; }

        /// <summary>When the kubelet gives the volumes to <see cref="FsGroup"/>: <see cref="Consort.FsGroupChangePolicy.OnRootMismatch"/> spares a large volume the walk over every file on each start.</summary>
        public FsGroupChangePolicy FsGroupChangePolicy { get; set; }

        /// <summary>More groups for the containers' processes.</summary>
        public long[]? SupplementalGroups { get; set; }

        /// <summary>The seccomp profile of every container (a container's own <see cref="SecurityContextAttribute.Seccomp"/> wins).</summary>
        public SeccompProfile Seccomp { get; set; }

        /// <summary>The profile file, relative to the kubelet's seccomp directory, when <see cref="Seccomp"/> is <see cref="SeccompProfile.Localhost"/>.</summary>
        public string? SeccompLocalhostProfile { get; set; }
    }
}
