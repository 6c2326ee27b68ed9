namespace Storefront.Core.Notifications;

/// <summary>
/// An email waiting to be sent, or the record of one sent. It is written in the same transaction as the order
/// change it reports, so the change and its email are both stored or neither. <see cref="OrderId"/>, <see cref="Kind"/>
/// and <see cref="Sequence"/> are unique together: a change applied twice cannot queue its email twice. A message about
/// a product (its low stock) has a <see cref="ProductId"/> instead of an order.
/// </summary>
public sealed class OutboxMessage
{
    private const int ErrorLength = 1000;

    private OutboxMessage()
    {
    }

    public OutboxMessage(Guid orderId, EmailKind kind, int sequence, string to, RenderedEmail content, DateTime now)
        : this(orderId, null, kind, sequence, to, content, now)
    {
    }

    private OutboxMessage(Guid? orderId, int? productId, EmailKind kind, int sequence, string to, RenderedEmail content, DateTime now)
    {
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        ProductId = productId;
        Kind = kind;
        Sequence = sequence;
        To = to;
        Subject = content.Subject;
        HtmlBody = content.Html;
        TextBody = content.Text;
        CreatedAt = now;
        NextAttemptAt = now;
        if (!EmailAddress.IsValid(to))
        {
            Fail(string.IsNullOrWhiteSpace(to) ? "There is no recipient address." : $"'{to}' is not a valid email address.");
        }
    }

    public Guid Id { get; private set; }

    public Guid? OrderId { get; private set; }

    public int? ProductId { get; private set; }

    public EmailKind Kind { get; private set; }

    /// <summary>1 for an order's first email of a kind, 2 for the next (a resend, a second refund), and so on.</summary>
    public int Sequence { get; private set; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public OutboxStatus Status { get; private set; }

    /// <summary>Tries started, including one cut short by a crash.</summary>
    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When a queued message may be tried (again).</summary>
    public DateTime NextAttemptAt { get; private set; }

    /// <summary>While in the future, one sender owns the message and no other may take it.</summary>
    public DateTime? LeaseUntil { get; private set; }

    public Guid? LeaseOwner { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>A message about a product rather than an order; <paramref name="sequence"/> counts that product's messages of the kind.</summary>
    public static OutboxMessage ForProduct(int productId, EmailKind kind, int sequence, string to, RenderedEmail content, DateTime now) =>
        new(null, productId, kind, sequence, to, content, now);

    /// <summary>A new message with the same recipient and content, e.g. staff's resend.</summary>
    public OutboxMessage CopyAs(int sequence, DateTime now) =>
        new(OrderId, ProductId, Kind, sequence, To, new RenderedEmail(Subject, HtmlBody, TextBody), now);

    /// <summary>
    /// The Message-Id header, fixed by the message's id, so that a message sent again after a crash mid-send
    /// is recognisably the same message to the receiving server and mail client.
    /// </summary>
    public string MessageIdFor(string domain) => $"{Id:N}@{domain}";

    public void Fail(string reason)
    {
        Status = OutboxStatus.Failed;
        LastError = Truncate(reason);
        LeaseUntil = null;
        LeaseOwner = null;
    }

    /// <summary>True while a sender holds the message: it is being sent at this moment, or its sender died and the lease has not run out.</summary>
    public bool IsBeingSent(DateTime now) => Status == OutboxStatus.Queued && LeaseUntil > now;

    internal static string Truncate(string error) => error.Length > ErrorLength ? error[..ErrorLength] : error;
}
