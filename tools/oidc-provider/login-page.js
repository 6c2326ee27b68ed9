const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escape = (value) => String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]);

// A form shaped like Auth0's Universal Login, so that browser tests fill it the way a person would.
export function loginPage({ uid, email, error }) {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Log in | Storefront (local Auth0)</title></head>
<body>
  <main>
    <h1>Welcome</h1>
    <p>Log in to Storefront to continue.</p>
    ${error ? `<p role="alert">${escape(error)}</p>` : ''}
    <form method="post" action="/interaction/${escape(uid)}/login" autocomplete="off">
      <label for="email">Email address</label>
      <input id="email" name="email" type="email" required autofocus value="${escape(email)}">
      <label for="password">Password</label>
      <input id="password" name="password" type="password" required>
      <button type="submit">Continue</button>
    </form>
  </main>
</body>
</html>`;
}

export function messagePage(title, message) {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1><p>${escape(message)}</p></main></body>
</html>`;
}
