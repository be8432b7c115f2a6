using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// YAML merged into what the attributes produce, for any field that has no attribute: on the workload class it
    /// patches the workload object, on a container class that container. Maps merge; the lists <c>containers</c>,
    /// <c>initContainers</c>, <c>volumes</c>, <c>env</c>, <c>imagePullSecrets</c> (by name), <c>ports</c> (by
    /// <c>containerPort</c>) and <c>volumeMounts</c> (by <c>mountPath</c>) merge by key; other lists replace.
    /// </summary>
    /// <remarks>
    /// Every key and value is checked at compile time against the KubernetesClient model the project references,
    /// and reported at its line and column inside the string. Patches apply in declaration order, after everything
    /// the attributes produce, and the result is checked by the same rules as the attributes.
    /// </remarks>
    /// <example>
    /// <code>
    /// [Patch("""
    ///     spec:
    ///       template:
    ///         spec:
    ///           hostAliases:
    ///             - ip: "10.0.0.1"
    ///               hostnames: [legacy.local]
    ///     """)]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class PatchAttribute : Attribute
    {
        /// <summary>Declares the patch.</summary>
        /// <param name="yaml">A YAML mapping (a raw string literal keeps it readable).</param>
        public PatchAttribute(string yaml) => Yaml = yaml;

        /// <summary>The YAML mapping.</summary>
        public string Yaml { get; }
    }
}
