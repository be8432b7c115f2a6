using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>The container's <c>securityContext</c>. Properties left unset are not written.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class SecurityContextAttribute : Attribute
    {
        /// <summary>Refuse to start the container if its user would be root.</summary>
        public bool RunAsNonRoot { get; set; }

        /// <summary>The UID the container's process runs as.</summary>
        public long RunAsUser { get; set; }

        /// <summary>The GID the container's process runs as.</summary>
        public long RunAsGroup { get; set; }

        /// <summary>Mount the container's root file system read-only.</summary>
        public bool ReadOnlyRootFilesystem { get; set; }

        /// <summary>Whether a process may gain more privileges than its parent (<c>no_new_privs</c> when false).</summary>
        public bool AllowPrivilegeEscalation { get; set; }

        /// <summary>Run the container privileged.</summary>
        public bool Privileged { get; set; }

        /// <summary>Linux capabilities to add, such as <c>NET_ADMIN</c>.</summary>
        public string[]? AddCapabilities { get; set; }

        /// <summary>Linux capabilities to drop, such as <c>ALL</c>.</summary>
        public string[]? DropCapabilities { get; set; }

        /// <summary>The container's seccomp profile.</summary>
        public SeccompProfile Seccomp { get; set; }

        /// <summary>The profile file, relative to the kubelet's seccomp directory, when <see cref="Seccomp"/> is <see cref="SeccompProfile.Localhost"/>.</summary>
        public string? SeccompLocalhostProfile { get; set; }
    }
}
