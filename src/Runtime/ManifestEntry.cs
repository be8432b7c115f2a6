using System;
using System.Collections.Generic;
using k8s;

namespace Consort.Kubernetes
{
    /// <summary>One workload of an assembly, as its registry <c>Consort.Generated.Manifests</c> lists it.</summary>
    public sealed class ManifestEntry
    {
        private readonly ManifestDocuments _documents;

        /// <summary>Describes the workload declared by <paramref name="workloadType"/>, whose manifest is <paramref name="documents"/>.</summary>
        public ManifestEntry(Type workloadType, string name, string kind, string? @namespace, ManifestDocuments documents)
        {
            WorkloadType = workloadType ?? throw new ArgumentNullException(nameof(workloadType));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Kind = kind ?? throw new ArgumentNullException(nameof(kind));
            Namespace = @namespace;
            _documents = documents ?? throw new ArgumentNullException(nameof(documents));
        }

        /// <summary>The class that declares the workload.</summary>
        public Type WorkloadType { get; }

        /// <summary>The workload's <c>metadata.name</c>.</summary>
        public string Name { get; }

        /// <summary>The workload's kind, such as <c>Deployment</c>.</summary>
        public string Kind { get; }

        /// <summary>The workload's namespace, or null when it has none.</summary>
        public string? Namespace { get; }

        /// <summary>The manifest as YAML (the workload's <c>Yaml</c> constant).</summary>
        public string Yaml => _documents.Yaml;

        /// <summary>Builds the workload object (the workload's <c>Build()</c>).</summary>
        public IKubernetesObject Build() => _documents.Build<IKubernetesObject>();

        /// <summary>Builds every object of the manifest (the workload's <c>BuildAll()</c>).</summary>
        public IReadOnlyList<IKubernetesObject> BuildAll() => _documents.BuildAll();

        /// <summary><c>Kind/name</c>, such as <c>Deployment/web-shop</c>.</summary>
        public override string ToString() => Kind + "/" + Name;
    }
}
