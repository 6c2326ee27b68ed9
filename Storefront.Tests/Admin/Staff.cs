using Storefront.Core.Audit;

namespace Storefront.Tests.Admin;

/// <summary>The staff member the tests' direct service calls act as.</summary>
internal static class Staff
{
    public static readonly AuditActor Member = new("test|staff-1", "Sam Staff");
}
