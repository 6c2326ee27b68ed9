using Storefront.Web.Components;
using Storefront.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddStorefront();

var app = builder.Build();

app.UseStorefront();
app.MapStorefront<App>();

app.Run();

/// <summary>Entry point; public so that integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
