import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
  link: "text-brand-700 underline hover:text-brand-800",
};

export function buttonClass(variant: keyof typeof VARIANTS = "primary", extra = "") {
  const shape = variant === "link" ? "" : "inline-flex items-center justify-center rounded px-4 py-2 font-medium";
  return `${shape} ${VARIANTS[variant]} disabled:cursor-not-allowed disabled:opacity-60 ${extra}`;
}

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
