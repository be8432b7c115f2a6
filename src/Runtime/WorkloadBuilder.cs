using System;
using System.Collections.Generic;
using k8s;
using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>
    /// Changes a copy of a workload. Every <see cref="Build"/> starts from the declared workload and applies the
    /// changes in the order they were made, so a builder can be built many times and the declared workload never changes.
    /// </summary>
    /// <remarks>
    /// Each workload class gets its own <c>Builder</c>, derived from the builder of its kind (such as
    /// <see cref="DeploymentBuilder{TBuilder}"/>), with one method per container. The builder does not validate values.
    /// </remarks>
    /// <typeparam name="TWorkload">The KubernetesClient model of the workload, such as <see cref="V1Deployment"/>.</typeparam>
    /// <typeparam name="TBuilder">The workload's own builder type, which every method returns.</typeparam>
    public abstract class WorkloadBuilder<TWorkload, TBuilder>
        where TWorkload : class, IKubernetesObject<V1ObjectMeta>
        where TBuilder : WorkloadBuilder<TWorkload, TBuilder>
    {
        private readonly ManifestDocuments _manifest;
        private readonly List<Action<TWorkload>> _changes = [];
        private readonly List<Action<IReadOnlyList<IKubernetesObject>>> _companionChanges = [];

        private protected WorkloadBuilder(ManifestDocuments manifest) => _manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));

        /// <summary>Sets the namespace (<c>metadata.namespace</c>).</summary>
        public TBuilder WithNamespace(string @namespace) => Change(w => w.Metadata.NamespaceProperty = @namespace);

        /// <summary>Sets the pod's service account (<c>serviceAccountName</c>).</summary>
        public TBuilder WithServiceAccount(string serviceAccountName) => Change(w => PodSpec(w).ServiceAccountName = serviceAccountName);

        /// <summary>
        /// Adds or replaces a label on the workload and on its pod template, never on the selector: do not use it for
        /// <c>app.kubernetes.io/name</c>, or the template no longer matches the selector.
        /// </summary>
        public TBuilder WithLabel(string key, string value)
            => Change(w =>
            {
                (w.Metadata.Labels ??= new Dictionary<string, string>())[key] = value;
                if (TemplateMetadata(w) is { } template)
                {
                    (template.Labels ??= new Dictionary<string, string>())[key] = value;
                }
            });

        /// <summary>Adds or replaces an annotation on the workload and on its pod template.</summary>
        public TBuilder WithAnnotation(string key, string value)
            => Change(w =>
            {
                (w.Metadata.Annotations ??= new Dictionary<string, string>())[key] = value;
                if (TemplateMetadata(w) is { } template)
                {
                    (template.Annotations ??= new Dictionary<string, string>())[key] = value;
                }
            });

        /// <summary>Builds a new workload with the changes applied.</summary>
        public TWorkload Build() => Apply(_manifest.Build<TWorkload>());

        /// <summary>
        /// Builds new objects for every document of the workload's manifest, in order: the workload with the changes
        /// applied, then the objects that ship with it (Services, service account, budget, autoscaler) with theirs.
        /// </summary>
        public IReadOnlyList<IKubernetesObject> BuildAll()
        {
            var all = _manifest.BuildAll();
            Apply((TWorkload)all[0]);
            foreach (var change in _companionChanges)
            {
                change(all);
            }

            return all;
        }

        private TWorkload Apply(TWorkload workload)
        {
            foreach (var change in _changes)
            {
                change(workload);
            }

            return workload;
        }

        /// <summary>Records a change, applied on every <see cref="Build"/>.</summary>
        protected TBuilder Change(Action<TWorkload> change)
        {
            _changes.Add(change ?? throw new ArgumentNullException(nameof(change)));
            return (TBuilder)this;
        }

        /// <summary>Records a change of the container named <paramref name="name"/>, in <c>initContainers</c> or <c>containers</c>.</summary>
        protected TBuilder Container(string name, Action<ContainerBuilder> configure)
        {
            ArgumentNullException.ThrowIfNull(configure);
            return Change(w => configure(new ContainerBuilder(FindContainer(PodSpec(w), name))));
        }

        /// <summary>Records a change of the Service named <paramref name="name"/>, applied on every <see cref="BuildAll"/> (<see cref="Build"/> builds the workload alone).</summary>
        protected TBuilder Service(string name, Action<ServiceBuilder> configure)
        {
            ArgumentNullException.ThrowIfNull(configure);
            _companionChanges.Add(all =>
            {
                foreach (var document in all)
                {
                    if (document is V1Service service && service.Metadata.Name == name)
                    {
                        configure(new ServiceBuilder(service));
                        return;
                    }
                }

                throw new InvalidOperationException($"The workload has no Service named '{name}'.");
            });
            return (TBuilder)this;
        }

        /// <summary>The pod spec of <paramref name="workload"/>.</summary>
        private protected abstract V1PodSpec PodSpec(TWorkload workload);

        /// <summary>The pod template's metadata, or null for a Pod, which has no template.</summary>
        private protected abstract V1ObjectMeta? TemplateMetadata(TWorkload workload);

        private static V1Container FindContainer(V1PodSpec pod, string name)
        {
            foreach (var list in new[] { pod.InitContainers, pod.Containers })
            {
                foreach (var container in list ?? [])
                {
                    if (container.Name == name)
                    {
                        return container;
                    }
                }
            }

            throw new InvalidOperationException($"The workload has no container named '{name}': an earlier change removed or renamed it.");
        }
    }
}
