using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsNlp.Pipeline;

/// <summary>Finds a logger in the services: <c>ILogger&lt;T&gt;</c> (after <c>AddLogging</c>), else one from a registered <see cref="ILoggerFactory"/>.</summary>
internal static class StageLogging
{
    public static ILogger<T>? For<T>(IServiceProvider services) =>
        services.GetService<ILogger<T>>() ?? services.GetService<ILoggerFactory>()?.CreateLogger<T>();
}
