using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A <c>partial class</c> of objects that belong to no workload (RBAC, CRDs, a Namespace), each a
    /// <see cref="ManifestAttribute"/> on the class. Like a workload it gets <c>Yaml</c>, <c>BuildAll()</c> and a
    /// registry entry, and the build writes it to <c>&lt;name&gt;.yaml</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// [ManifestSet("cluster-roles")]
    /// [Manifest("""
    ///     apiVersion: v1
    ///     kind: Namespace
    ///     metadata:
    ///       name: shop
    ///     """)]
    /// public partial class ClusterSetup;
    /// </code>
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
