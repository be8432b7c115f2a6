using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>An <c>emptyDir</c> volume: scratch space that lives as long as the pod and that its containers share.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class EmptyDirVolumeAttribute : VolumeAttribute
    {
        /// <summary>Where the directory lives: node storage (default) or memory.</summary>
        public EmptyDirMedium Medium { get; set; }

        /// <summary>The most the volume may hold, as a Kubernetes quantity such as <c>500Mi</c>.</summary>
        public string? SizeLimit { get; set; }
    }
}
