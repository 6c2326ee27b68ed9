using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Core.SignIn;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> session)
    {
        session.ToTable("SignInSessions");
        session.Property(s => s.Id).ValueGeneratedNever();
        session.Property(s => s.UserId).HasMaxLength(SignInSession.MaxUserIdLength);

        // "Sign out everywhere" revokes a user's active sessions.
        session.HasIndex(s => new { s.UserId, s.RevokedAt });
    }
}
