using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>Declares a bare <c>v1/Pod</c>.</summary>
    /// <example>
    /// <code>
    /// [Pod("debug")]
    /// public partial class Debug
    /// {
    ///     [Container("busybox:1.37")] partial class Shell;
    /// }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class PodAttribute : WorkloadAttribute
    {
        /// <summary>Declares a pod.</summary>
        /// <param name="name">The pod's <c>metadata.name</c>: a lowercase RFC 1123 name.</param>
        public PodAttribute(string name) : base(name) { }

        /// <summary>The pod's <c>restartPolicy</c>. The API server's default is <see cref="PodRestartPolicy.Always"/>.</summary>
        public PodRestartPolicy RestartPolicy { get; set; }
    }
}
