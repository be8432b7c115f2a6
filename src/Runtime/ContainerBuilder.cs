using System.Collections.Generic;
using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>Changes one container of the workload being built; every method returns the builder, so calls chain.</summary>
    public sealed class ContainerBuilder
    {
        internal ContainerBuilder(V1Container container) => Container = container;

        /// <summary>The container model itself, for changes that have no method here (<c>c => c.Container.Env = null</c>).</summary>
        public V1Container Container { get; }

        /// <summary>Sets the image.</summary>
        public ContainerBuilder WithImage(string image)
        {
            Container.Image = image;
            return this;
        }

        /// <summary>Replaces the entrypoint (<c>command</c>).</summary>
        public ContainerBuilder WithCommand(params string[] command)
        {
            Container.Command = new List<string>(command);
            return this;
        }

        /// <summary>Replaces the arguments (<c>args</c>).</summary>
        public ContainerBuilder WithArgs(params string[] args)
        {
            Container.Args = new List<string>(args);
            return this;
        }

        /// <summary>Sets the image pull policy.</summary>
        public ContainerBuilder WithImagePullPolicy(ImagePullPolicy policy)
        {
            Container.ImagePullPolicy = policy.ToString();
            return this;
        }

        /// <summary>Sets an environment variable to a literal value: it replaces any variable of that name in place, also one from <c>valueFrom</c>, and is appended otherwise.</summary>
        public ContainerBuilder WithEnv(string name, string value)
        {
            var env = Container.Env ??= new List<V1EnvVar>();
            var variable = new V1EnvVar { Name = name, Value = value };
            for (var i = 0; i < env.Count; i++)
            {
                if (env[i].Name == name)
                {
                    env[i] = variable;
                    return this;
                }
            }

            env.Add(variable);
            return this;
        }

        /// <summary>Sets the requests and limits that are given, as quantities such as <c>250m</c> or <c>256Mi</c>, and keeps the others.</summary>
        public ContainerBuilder WithResources(string? cpuRequest = null, string? cpuLimit = null, string? memoryRequest = null, string? memoryLimit = null)
        {
            var resources = Container.Resources ??= new V1ResourceRequirements();
            resources.Requests = Quantity(Quantity(resources.Requests, "cpu", cpuRequest), "memory", memoryRequest);
            resources.Limits = Quantity(Quantity(resources.Limits, "cpu", cpuLimit), "memory", memoryLimit);
            return this;
        }

        private static IDictionary<string, ResourceQuantity>? Quantity(IDictionary<string, ResourceQuantity>? map, string resource, string? value)
        {
            if (value is null)
            {
                return map;
            }

            map ??= new Dictionary<string, ResourceQuantity>();
            map[resource] = new ResourceQuantity(value);
            return map;
        }
    }
}
