/**
 * The launcher behind {@code ./tessera}: runs the whole stack locally with embedded defaults ({@code supervise}),
 * and answers the script's questions (ports free? what are the logins? is it healthy?).
 */
package io.tessera.launcher;
