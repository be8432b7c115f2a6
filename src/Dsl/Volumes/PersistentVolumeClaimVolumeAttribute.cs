using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>A volume backed by a PersistentVolumeClaim.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class PersistentVolumeClaimVolumeAttribute : VolumeAttribute
    {
        /// <summary>Declares the volume.</summary>
        /// <param name="claimName">The name of the PersistentVolumeClaim, in the workload's namespace.</param>
        public PersistentVolumeClaimVolumeAttribute(string claimName) => ClaimName = claimName;

        /// <summary>The name of the PersistentVolumeClaim.</summary>
        public string ClaimName { get; }

        /// <summary>Whether every mount of the claim is read-only.</summary>
        public bool ReadOnly { get; set; }
    }
}
