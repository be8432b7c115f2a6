using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A whole extra object, as YAML: after the workload's own objects on a workload class, or one of the objects of
    /// a <see cref="ManifestSetAttribute"/> class. An object of a kind the KubernetesClient models know is checked
    /// like a patch; any other kind (a custom resource) needs <c>apiVersion</c>, <c>kind</c> and
    /// <c>metadata.name</c>, and is kept as written.
    /// </summary>
    /// <example>
    /// <code>
    /// [Manifest("""
    ///     apiVersion: networking.k8s.io/v1
    ///     kind: NetworkPolicy
    ///     metadata:
    ///       name: shop-deny-all
    ///     spec:
    ///       podSelector: {}
    ///     """)]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ManifestAttribute : Attribute
    {
        /// <summary>Declares the object.</summary>
        /// <param name="yaml">One YAML document: a mapping with <c>apiVersion</c>, <c>kind</c> and <c>metadata.name</c>.</param>
        public ManifestAttribute(string yaml) => Yaml = yaml;

        /// <summary>The object, as YAML.</summary>
        public string Yaml { get; }
    }
}
