using System;
using Consort.Generated;
using Consort.Samples;

// Every workload in this assembly, as the YAML the generator produced at compile time.
foreach (var workload in Manifests.All)
{
    Console.WriteLine($"# {workload.Kind}/{workload.Name} (from {workload.WorkloadType.Name})");
    Console.Write(workload.Yaml);
    Console.WriteLine("---");
}

// The typed builder: the same workload, changed for a canary.
var canary = Shop.CreateBuilder()
    .WithReplicas(1)
    .WithLabel("track", "canary")
    .Api(c => c.WithImage("ghcr.io/acme/shop:1.5.0-rc.1").WithEnv("FEATURE_FLAGS", "new-checkout"))
    .Build();
Console.WriteLine($"# canary: {canary.Spec.Template.Spec.Containers[0].Image}, {canary.Spec.Replicas} replica, API port {Shop.Api.Ports.Http}");
