using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A persistent volume claim for each pod of a StatefulSet (an entry in <c>spec.volumeClaimTemplates</c>), mounted
    /// like any volume; each pod keeps its own claim across restarts.
    /// </summary>
    /// <example><c>[VolumeClaimTemplate("10Gi", StorageClass = "fast")] partial class Data;</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class VolumeClaimTemplateAttribute : VolumeAttribute
    {
        /// <summary>Declares the claim template.</summary>
        /// <param name="storage">The storage requested, a quantity such as <c>10Gi</c>.</param>
        public VolumeClaimTemplateAttribute(string storage) => Storage = storage;

        /// <summary>The storage requested.</summary>
        public string Storage { get; }

        /// <summary>The storage class; when not set, the cluster's default class.</summary>
        public string? StorageClass { get; set; }

        /// <summary>How the volume can be mounted (default <see cref="AccessMode.ReadWriteOnce"/>).</summary>
        public AccessMode AccessMode { get; set; }
    }
}
