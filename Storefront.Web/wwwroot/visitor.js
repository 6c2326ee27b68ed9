// Catalog pages are the same for every visitor, so a cache can serve them. This fills in the visitor's own parts after
// the page loads (the cart count and the sign-in links, from GET /me) and adds to the cart without leaving the page.
// Without it the neutral "Cart" and "Sign in" links and the plain form posts still work.
(() => {
  'use strict';

  const tabs = 'BroadcastChannel' in window ? new BroadcastChannel('storefront-visitor') : null;
  let known = null;
  // One add at a time, in the order pressed, so each answer's count is the newest.
  let adding = Promise.resolve();

  function showCount(count) {
    for (const badge of document.querySelectorAll('[data-visitor="cart-count"]')) {
      badge.textContent = String(count);
      badge.setAttribute('aria-label', `${count} ${count === 1 ? 'item' : 'items'} in cart`);
      badge.hidden = false;
    }
  }

  function showAccount(state) {
    const slot = document.querySelector('[data-visitor="account"]');
    const template = document.getElementById('visitor-signed-in');
    if (!slot || !template || !state.signedIn) {
      return;
    }

    const links = template.content.cloneNode(true);
    links.querySelector('.account-name').textContent = state.name ?? '';
    links.querySelector('input[name="__RequestVerificationToken"]').value = state.signOutToken ?? '';
    if (!state.isAdmin) {
      links.querySelector('[data-visitor="admin"]').remove();
    }

    slot.replaceChildren(links);
  }

  function show(state) {
    known = state;
    showCount(state.cartCount);
    showAccount(state);
  }

  async function refresh() {
    try {
      const answer = await fetch('/me', { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } });
      if (answer.ok) {
        const state = await answer.json();
        show(state);
        tabs?.postMessage({ cartCount: state.cartCount });
      }
    } catch {
      // Offline or the server restarting: the neutral links stay, and work.
    }
  }

  async function addToCart(form) {
    const button = form.querySelector('button[type="submit"]');
    const message = form.querySelector('.form-message');
    button.disabled = true;
    try {
      const answer = await fetch(form.action, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams(new FormData(form)),
      });
      const body = await answer.json();
      message.textContent = body.message ?? body.detail ?? '';
      message.classList.toggle('is-error', !answer.ok);
      if (answer.ok) {
        showCount(body.cartCount);
        tabs?.postMessage({ cartCount: body.cartCount });
      }
    } catch {
      // No answer to read: let the browser post the form itself, as it would without this script.
      form.submit();
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener('submit', event => {
    const form = event.target.closest?.('form.add-to-cart');
    if (form) {
      event.preventDefault();
      adding = adding.then(() => addToCart(form));
    }
  });

  tabs?.addEventListener('message', event => {
    if (known) {
      known.cartCount = event.data.cartCount;
    }
    showCount(event.data.cartCount);
  });

  // A page restored from the back-forward cache shows what it showed when left.
  window.addEventListener('pageshow', event => {
    if (event.persisted) {
      refresh();
    }
  });

  // Enhanced navigation puts the new page's neutral header in place: show what is known at once, then ask again.
  window.Blazor?.addEventListener?.('enhancedload', () => {
    if (known) {
      show(known);
    }
    refresh();
  });

  // The cart editor and the live order page call this after a change that the header should follow.
  window.storefrontVisitor = { refresh };

  refresh();
})();
