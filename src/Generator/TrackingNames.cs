namespace Consort.Generator;

/// <summary>Names of the pipeline steps, for incremental-cache tests.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string CompilationFacts = nameof(CompilationFacts);
    public const string EmitSettings = nameof(EmitSettings);
    public const string BindingEnvironment = nameof(BindingEnvironment);
    public const string References = nameof(References);
    public const string Candidate = nameof(Candidate);
    public const string Parse = nameof(Parse);
    public const string ProjectFiles = nameof(ProjectFiles);
    public const string Files = nameof(Files);
    public const string Source = nameof(Source);
}
