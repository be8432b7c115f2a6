using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// Marks a <c>partial class</c>, in place of a workload attribute, whose <see cref="ManifestAttribute"/>s are
    /// objects that belong to no workload (RBAC, CRDs, a Namespace). Like a workload it gets <c>Name</c>,
    /// <c>Yaml</c>, <c>BuildAll()</c> and a registry entry, and the build writes it to <c>&lt;name&gt;.yaml</c>; it
    /// has no <c>Build()</c> or builder, since it has no object of its own. It needs at least one
    /// <see cref="ManifestAttribute"/>, and holds no containers, volumes or <see cref="PatchAttribute"/>s.
    /// </summary>
    /// <example>
    /// <code>
    /// [ManifestSet("cluster-setup")]
    /// [Manifest("""
    ///     apiVersion: v1
    ///     kind: Namespace
    ///     metadata:
    ///       name: shop
    ///     """)]
    /// [Manifest("""
    ///     apiVersion: rbac.authorization.k8s.io/v1
    ///     kind: ClusterRole
    ///     metadata:
    ///       name: shop-reader
    ///     rules:
    ///       - apiGroups: [""]
    ///         resources: [pods]
    ///         verbs: [get, list]
    ///     """)]
    /// public partial class ClusterSetup;
    /// </code>
    /// The build writes both objects to <c>cluster-setup.yaml</c>.
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ManifestSetAttribute : Attribute
    {
        /// <summary>Declares the set.</summary>
        /// <param name="name">The set's name, a lowercase RFC 1123 name: the file is <c>&lt;name&gt;.yaml</c>.</param>
        public ManifestSetAttribute(string name) => Name = name;

        /// <summary>The set's name.</summary>
        public string Name { get; }
    }
}
